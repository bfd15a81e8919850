package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// A tiny line-oriented calculator over bufio.Reader.ReadString.
func main() {
	r := bufio.NewReader(os.Stdin)
	for {
		line, err := r.ReadString('\n')
		line = strings.TrimRight(line, "\r\n")
		if line != "" {
			var a, b int
			var op string
			if n, e := fmt.Sscanf(line, "%d %s %d", &a, &op, &b); e != nil {
				fmt.Printf("%q: parse error after %d: %v\n", line, n, e)
			} else {
				switch op {
				case "+":
					fmt.Println(a + b)
				case "-":
					fmt.Println(a - b)
				case "*":
					fmt.Println(a * b)
				case "/":
					if b == 0 {
						fmt.Println("division by zero")
					} else {
						fmt.Println(a / b)
					}
				default:
					fmt.Println("bad operator", op)
				}
			}
		}
		if err == io.EOF {
			fmt.Println("bye")
			return
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
	}
}
