package main

import "fmt"

func main() {
	jobs := []int{1, 2}
	close(jobs) // ERROR "invalid operation: cannot close non-channel jobs \(variable of type \[\]int\)"
	fmt.Println(jobs)
}
