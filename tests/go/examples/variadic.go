package main

import "fmt"

func sum(nums ...int) int {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	fmt.Println(total)
	return total
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

func describe(prefix string, vals ...interface{}) {
	fmt.Printf("%s: %d args, nil=%t\n", prefix, len(vals), vals == nil)
	for i, v := range vals {
		fmt.Printf("  [%d] %T %v\n", i, v, v)
	}
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func main() {
	sum(1, 2)
	sum(1, 2, 3)
	nums := []int{1, 2, 3, 4}
	sum(nums...)
	sum()
	sum(nums[1:3]...)

	fmt.Println(join(", ", "a", "b", "c"))
	fmt.Println(join("-"))
	fmt.Printf("%q\n", join("+", []string{"x"}...))

	describe("none")
	describe("mixed", 1, "two", 3.0, nil, []int{4})
	is := []interface{}{true, 'r'}
	describe("spread", is...)

	// Passing a slice with ... shares its elements.
	data := []int{5, 6, 7}
	mutate(data...)
	fmt.Println(data)
	mutate(8, 9)
	mutate()

	logf("%d items, %s", 3, "ok")
	logf("no args")
	// append is variadic too.
	s := append([]byte("ab"), "cd"...)
	fmt.Println(string(s))
	// A variadic function value.
	var f func(string, ...string) string = join
	fmt.Println(f("/", "usr", "local", "bin"))
	fmt.Printf("%T\n", f)
}
