package main

import "fmt"

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 40, "eve": 22}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %3d\n", k, ages[k])
	}
	total := 0
	for _, v := range ages {
		total += v
	}
	fmt.Println("total", total)
	fmt.Println(ages)
	byAge := map[int][]string{}
	for _, k := range keys {
		decade := ages[k] / 10 * 10
		byAge[decade] = append(byAge[decade], k)
	}
	fmt.Println(byAge)
	fmt.Println(map[int]string{10: "x", -5: "y", 3: "z", 100: "w"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ab": 5})
}
