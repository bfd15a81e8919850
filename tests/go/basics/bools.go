package main

import "fmt"

type Flag bool

func main() {
	var t, f = true, false
	fmt.Println(t && f, t || f, !t, t == f, t != f)
	var fl Flag = true
	fmt.Println(fl, !fl)
	fmt.Printf("%v %t %5t|%-6t|\n", t, f, t, f)
	n := 5
	even := n%2 == 0
	fmt.Println("even:", even)
	cnt := 0
	for _, b := range []bool{true, false, true, true} {
		if b {
			cnt++
		}
	}
	fmt.Println(cnt)
	fmt.Printf("%T %T\n", t, fl)
}
