package main

import "fmt"

type BadInput struct {
	Field string
	Line  int
}

func (b *BadInput) Error() string {
	return fmt.Sprintf("bad input in %s at line %d", b.Field, b.Line)
}

func parse(line int) error {
	if line > 2 {
		return &BadInput{"name", line}
	}
	return nil
}

func main() {
	for i := 1; i < 5; i++ {
		if err := parse(i); err != nil {
			panic(err)
		}
		fmt.Println("line", i, "ok")
	}
}
