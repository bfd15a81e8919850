package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}, {1, 1}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println(i8/m1, i8%m1)
	var i64 int64 = -9223372036854775808
	var n1 int64 = -1
	fmt.Println(i64/n1, i64%n1)
	var u uint8 = 250
	var v uint8 = 7
	fmt.Println(u/v, u%v)
	x := -17
	fmt.Println(x/4, x%4, x>>2, x&3)
	fmt.Println(-17/4, -17%4)
}
