package main

import "fmt"

func risky(i int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered in risky:", r)
		}
	}()
	arr := []int{1, 2, 3}
	fmt.Println(arr[i])
}

func main() {
	risky(1)
	risky(10)
	fmt.Println("main continues, then fails for real")
	var m map[int]bool
	m[0] = true
}
