package main

import "strings"

var total = sum(1, 2, 3)

func greeting(who string) string {
	return "hello, " + strings.ToUpper(who)
}

func sum(xs ...int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
