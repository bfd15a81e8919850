package main

import (
	"fmt"
	"strconv"
)

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func main() {
	for _, n := range []int{-3, 0, 8} {
		fmt.Println(n, sign(n))
	}
	if v, err := strconv.Atoi("123"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error", err)
	}
	if v, err := strconv.Atoi("12x"); err != nil {
		fmt.Println("error:", err, v)
	}
	x := 5
	if x := x * 2; x > 8 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if n, err := strconv.Atoi("99999999999999999999"); err != nil {
		fmt.Println(n, err)
	}
	if n, err := strconv.Atoi("-42"); err == nil {
		fmt.Println(n, strconv.Itoa(n*2))
	}
	if _, err := strconv.Atoi(""); err != nil {
		fmt.Println(err)
	}
	if _, err := strconv.Atoi("+7"); err == nil {
		fmt.Println("plus sign ok")
	}
}
