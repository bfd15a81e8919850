package main

import "fmt"

func describe(vals ...any) {
	for _, v := range vals {
		fmt.Printf("%v (%T) ", v, v)
	}
	fmt.Println()
}

func main() {
	var x interface{}
	describe(x)
	x = 42
	describe(x)
	x = "text"
	describe(x)
	x = []interface{}{1, "a", nil, 2.5, []int{3}}
	describe(x)
	items := x.([]interface{})
	items[0] = 100
	describe(x)
	var a any = struct{ N int }{7}
	describe(a)
	m := map[string]any{"n": 1}
	m["list"] = []any{true, 'c'}
	fmt.Println(m)
	y := x
	x = 0
	describe(y)
	var copied any = [2]int{1, 2}
	arr := copied.([2]int)
	arr[0] = 9
	fmt.Println(copied, arr)
}
