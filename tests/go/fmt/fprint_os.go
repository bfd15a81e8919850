package main

import (
	"fmt"
	"io"
	"os"
)

type upper struct{ n int }

// Write makes upper an io.Writer that counts what it is given.
func (u *upper) Write(p []byte) (int, error) {
	u.n += len(p)
	return len(p), nil
}

func report(w io.Writer, name string, v ...any) {
	fmt.Fprintf(w, "%s: %v\n", name, v)
}

func main() {
	fmt.Fprintln(os.Stdout, "hello", 42, true)
	fmt.Fprint(os.Stdout, "no newline", 1, 2, "\n")
	n, err := fmt.Fprintf(os.Stdout, "%5.1f|%-3s|\n", 3.14159, "x")
	fmt.Println(n, err)
	u := &upper{}
	report(u, "counted", 1, "two")
	report(os.Stdout, "direct", []int{1, 2})
	fmt.Println("upper saw", u.n, "bytes")
	os.Stdout.WriteString("WriteString\n")
	fmt.Println(len(os.Args) > 0, os.Stdout.Name())
	fmt.Fprintln(os.Stderr, "this goes to stderr")
}
