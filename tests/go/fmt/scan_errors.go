package main

import (
	"errors"
	"fmt"
	"io"
)

type point struct{ x, y int }

func main() {
	var i int
	var s string
	var f float64
	n, err := fmt.Sscan("", &i)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("   ", &s)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("5", &i, &s)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF, err == io.EOF)
	n, err = fmt.Sscanf("", "%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "%s", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "x%d", &i)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscanln("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	if ne, ok := err.(interface{ Unwrap() error }); ok {
		fmt.Println("unwraps to", ne.Unwrap(), errors.Unwrap(err) != nil)
	}
	n, err = fmt.Sscan("1e999", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &f)
	fmt.Println(n, err)
	// Operands that are not pointers, or pointers to types fmt cannot scan.
	n, err = fmt.Sscan("5", i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", "str")
	fmt.Println(n, err)
	var p point
	n, err = fmt.Sscan("5", &p)
	fmt.Println(n, err)
	var sl []int
	n, err = fmt.Sscan("5", &sl)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("5", &m)
	fmt.Println(n, err)
	var pi *int
	n, err = fmt.Sscan("5", &pi)
	fmt.Println(n, err)
	// No operands.
	n, err = fmt.Sscan("anything")
	fmt.Println(n, err)
	n, err = fmt.Sscanln("anything")
	fmt.Println(n, err)
	n, err = fmt.Sscanln("")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("anything", "")
	fmt.Println(n, err)
	// Bad verbs.
	var b bool
	n, err = fmt.Sscanf("true", "%d", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%z", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%s", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1.5", "%x", &f)
	fmt.Println(n, err)
}
