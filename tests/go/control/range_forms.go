package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for i, v := range s {
		fmt.Print(i, v)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	fmt.Println()
	for i, v := range s {
		if i == 0 {
			s[1] = "B"         // the range reads this array: sees the change
			s = append(s, "d") // range uses the original length (and array)
			s[2] = "C"         // written to the new array only
		}
		fmt.Print(v)
	}
	fmt.Println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100 // range over an array copies it
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100 // range over a pointer to array does not
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, c := range "añb" {
		fmt.Print(i, string(c), " ")
	}
	fmt.Println()
	ch := make(chan int, 5)
	for i := 1; i <= 4; i++ {
		ch <- i * i
	}
	close(ch)
	fmt.Println(len(ch), cap(ch))
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))
	m := map[string]int{"only": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	var np *[4]int
	for i := range np { // only the length is needed: no dereference
		fmt.Print(i)
	}
	fmt.Println()
	for range "abc" {
		fmt.Print(".")
	}
	fmt.Println()
	var key string
	var val int
	for key, val = range m {
	}
	fmt.Println(key, val)
}
