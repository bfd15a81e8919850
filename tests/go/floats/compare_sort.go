package main

import "fmt"

func insertion(a []float64) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	a := []float64{3.5, -1, 2.25, 1e10, -1e-10, 0, 7}
	insertion(a)
	fmt.Println(a)
	fmt.Printf("%v\n", []float32{1.5, 0.1, 1e7, 1e-7})
	fmt.Printf("%.2f\n", a)
	fmt.Printf("%6.1f|\n", []float64{1, 22.22, 333.333})
	mx, mn := a[0], a[0]
	for _, v := range a {
		if v > mx {
			mx = v
		}
		if v < mn {
			mn = v
		}
	}
	fmt.Println(mn, mx, max(1.5, 2.5, -1), min(3.0, 0.25))
	fmt.Println(0.1+0.2 > 0.3, float32(0.1)+float32(0.2) > float32(0.3))
}
