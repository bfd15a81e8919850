package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	fmt.Println(os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	n, err := os.Stdout.WriteString("direct to stdout\n")
	fmt.Println(n, err)
	n, err = os.Stdout.Write([]byte("bytes to stdout\n"))
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "Fprintln to stdout", 42)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 7)
	io.WriteString(os.Stdout, "io.WriteString\n")

	// Standard input is /dev/null when Go records this program.
	buf := make([]byte, 16)
	n, err = os.Stdin.Read(buf)
	fmt.Println("stdin:", n, err == io.EOF)
	all, err := io.ReadAll(os.Stdin)
	fmt.Println("ReadAll stdin:", len(all), err)

	// Printing keeps its order across the different writers.
	for i := 0; i < 3; i++ {
		fmt.Print("fmt ", i, " ")
		os.Stdout.WriteString("os ")
		print("")
		fmt.Println()
	}
	_, err = os.Stdin.Write([]byte("x"))
	fmt.Println("write to stdin is an error:", err != nil)
}
