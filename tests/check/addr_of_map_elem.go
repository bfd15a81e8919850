package main

import "fmt"

func main() {
	scores := map[string]int{"ann": 1}
	p := &scores["ann"] // ERROR "invalid operation: cannot take address of scores\[.ann.\] \(map index expression of type int\)"
	*p = 2
	fmt.Println(scores)
}
