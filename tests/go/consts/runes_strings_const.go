package main

import "fmt"

const greeting = "héllo"

var first = greeting[0]

const alpha = 'α'

type Letter rune

const Z Letter = 'z'

func main() {
	fmt.Println(len(greeting), first)
	fmt.Printf("%T %T %T\n", first, alpha, Z)
	fmt.Println(alpha, string(alpha), Z, string(Z))
	fmt.Println(Z - 'a')
	var s string = greeting + " " + string(rune(alpha))
	fmt.Println(s)
	const multi = `line1
line2`
	fmt.Println(multi, len(multi))
	const esc = "\a\b\f\v\x00"
	fmt.Printf("%q %d\n", esc, len(esc))
}
