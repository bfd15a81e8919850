package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, args ...interface{}) string {
	return fmt.Sprint(prefix, len(args), args == nil, args)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...), sum(s[1:]...))
	fmt.Println(info("a"), info("b", 1, "x"), info("c", nil))
	var empty []interface{}
	fmt.Println(info("d", empty...))
	is := []interface{}{1, 2}
	fmt.Println(info("e", is...))
	mutate(s...) // shares s's array
	fmt.Println(s)
	mutate(7, 8) // a fresh slice
	fmt.Println(join(", ", "a", "b", "c"), join("-"), join("/", []string{"x", "y"}...))
	f := sum
	fmt.Println(f(10, 20))
	fmt.Printf("%T %T\n", sum, info)
}
