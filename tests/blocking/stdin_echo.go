// Reads standard input to its end and reports what came.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Print("> ")
	data, err := io.ReadAll(os.Stdin)
	fmt.Printf("%d bytes, err=%v: %q\n", len(data), err, data)
	n, err := os.Stdin.Read(make([]byte, 4))
	fmt.Println(n, err, err == io.EOF)
}
