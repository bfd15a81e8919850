package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func logf(format string, args ...any) string {
	return fmt.Sprintf("[log] "+format, args...)
}

func main() {
	vals := []any{1, "two", 3.0, Celsius(4), nil, []int{5}}
	fmt.Println(vals...)
	fmt.Print(vals...)
	fmt.Println()
	fmt.Println(fmt.Sprint(vals...))
	fmt.Print(fmt.Sprintln(vals...))
	fmt.Println(logf("%d items, first %v, temp %s", len(vals), vals[0], vals[3]))
	format := "%5.2f|%-4s|%x\n"
	fmt.Printf(format, 3.14159, "ab", 255)
	printer := fmt.Println
	printer("through a func value", 42)
	sp := fmt.Sprintf
	fmt.Println(sp("%03d", 7))
	err := errors.New("disk full")
	fmt.Println(fmt.Sprint(err), logf("error: %v", err))
	fmt.Printf("%d %s\n", []any{10, "x"}...)
}
