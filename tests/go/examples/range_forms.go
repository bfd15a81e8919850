package main

import (
	"fmt"
	"sort"
)

func main() {
	nums := []int{2, 3, 4}
	sum := 0
	for _, num := range nums {
		sum += num
	}
	fmt.Println("sum:", sum)
	for i, num := range nums {
		if num == 3 {
			fmt.Println("index:", i)
		}
	}

	kvs := map[string]string{"a": "apple", "b": "banana", "c": "cherry"}
	var keys []string
	for k, v := range kvs {
		keys = append(keys, k+"->"+v)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	// Strings range over runes with byte offsets.
	for i, c := range "go€x" {
		fmt.Printf("%d:%c(%U) ", i, c, c)
	}
	fmt.Println()
	// Invalid UTF-8 yields U+FFFD one byte at a time.
	for i, c := range "a\xffb\xe2\x82" {
		fmt.Printf("%d:%q ", i, c)
	}
	fmt.Println()

	// Range over an integer.
	for i := range 4 {
		fmt.Print(i*i, " ")
	}
	fmt.Println()

	// Range over a channel until it is closed.
	ch := make(chan string, 3)
	ch <- "one"
	ch <- "two"
	ch <- "three"
	close(ch)
	for elem := range ch {
		fmt.Println("chan:", elem)
	}

	// Range over an array pointer and a slice expression evaluated once.
	arr := [3]string{"x", "y", "z"}
	for i := range &arr {
		arr[i] += "!"
	}
	fmt.Println(arr)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))

	// Range over a function result is evaluated once.
	calls := 0
	get := func() []int {
		calls++
		return []int{7, 8, 9}
	}
	for range get() {
	}
	fmt.Println("calls:", calls)

	// Assigning to existing variables in range.
	var idx int
	var val rune
	for idx, val = range "héllo" {
	}
	fmt.Println(idx, string(val))

	// Nil slice and nil map ranges do nothing.
	var ns []int
	var nm map[int]int
	for range ns {
		fmt.Println("never")
	}
	for range nm {
		fmt.Println("never")
	}
	// Range over []byte and []rune conversions.
	for i, b := range []byte("hé") {
		fmt.Print(i, "=", b, " ")
	}
	for i, r := range []rune("hé") {
		fmt.Print(i, "=", r, " ")
	}
	fmt.Println()
}
