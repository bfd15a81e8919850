package main

import (
	"bufio"
	"fmt"
	"os"
)

// A Scanner over standard input with a 64-byte maximum: the long line
// stops it with ErrTooLong; what follows is read with a bufio.Reader
// (the Scanner had read ahead, so that starts past the long line's start).
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 8), 64)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)
	r := bufio.NewReader(os.Stdin)
	rest, err := r.ReadString(0)
	fmt.Println(len(rest), err)
}
