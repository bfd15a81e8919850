package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt, pt.X)
	fmt.Printf("%T\n", pt)
	fmt.Printf("%+v %#v\n", pt, pt)
	type Named struct{ X, Y int }
	n := Named(pt) // identical underlying types convert
	fmt.Println(n)
	var other struct{ X, Y int } = pt
	fmt.Println(other == pt)
	items := []struct {
		Name  string
		Price float64
	}{
		{"apple", 0.5},
		{"pear", 0.75},
	}
	total := 0.0
	for _, it := range items {
		total += it.Price
	}
	fmt.Println(items, total)
	cfg := struct {
		Debug bool
		Inner struct{ Level int }
	}{}
	cfg.Inner.Level = 3
	fmt.Printf("%+v\n", cfg)
	m := map[string]struct{ A, B int }{"k": {1, 2}}
	fmt.Println(m["k"].B)
}
