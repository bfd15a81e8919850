package main

import "fmt"

type T struct {
	A int
	_ int
	B string
	_ [2]bool
}

var _ = sideEffect()

func sideEffect() int {
	fmt.Println("blank var initializer runs")
	return 0
}

func pair() (int, string) { return 1, "one" }

type I interface{ M() }
type Impl struct{}

func (Impl) M() {}

var _ I = Impl{} // compile-time interface check

func ignore(_ int, b int) int { return b }

func main() {
	_, s := pair()
	n, _ := pair()
	fmt.Println(s, n)
	for _, v := range []int{1, 2} {
		fmt.Print(v)
	}
	for i, _ := range []int{7, 8} {
		fmt.Print(i)
	}
	fmt.Println()
	_ = n
	_, _ = pair()
	t := T{A: 1, B: "b"}
	fmt.Printf("%v %+v\n", t, t)
	fmt.Println(ignore(5, 6))
	var arr [3]int
	_ = arr[2]
	m := map[string]int{"a": 1}
	_, ok := m["a"]
	fmt.Println(ok)
	var _ = 42
	const _ = "unused"
}
