package main

import "fmt"

type S string

func main() {
	// Print adds a space between operands only when neither is a string
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(S("named"), 1, S("x"), "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(nil, nil, "\n")
	// Println always adds spaces
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y", "z", 3)
	fmt.Println(s, len(s))
	s = fmt.Sprintln("line", 1)
	fmt.Printf("%q\n", s)
	fmt.Println()
	fmt.Print()
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint(1, 'a'))
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%s\n", 5, "x")
	fmt.Println(n)
}
