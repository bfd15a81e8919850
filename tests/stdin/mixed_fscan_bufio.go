package main

import (
	"bufio"
	"fmt"
	"os"
)

// fmt.Scan reads os.Stdin a byte at a time, so what it leaves is still
// there for a bufio.Reader made afterwards.
func main() {
	var n int
	var name string
	fmt.Scan(&n, &name)
	fmt.Println("header:", n, name)
	r := bufio.NewReader(os.Stdin)
	rest, _ := r.ReadString('\n')
	fmt.Printf("rest of header line: %q\n", rest)
	for i := 0; i < n; i++ {
		line, err := r.ReadString('\n')
		fmt.Printf("record %d: %q %v\n", i, line, err)
	}
	var a, b int
	k, err := fmt.Fscanln(r, &a, &b)
	fmt.Println(k, err, a, b)
	tail, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", tail, err)
}
