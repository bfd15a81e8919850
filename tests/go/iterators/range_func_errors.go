package main

import (
	"bufio"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"strings"
)

// Numbers yields each parsed line and its error: the Seq2[T, error] idiom.
func Numbers(text string) iter.Seq2[int, error] {
	return func(yield func(int, error) bool) {
		sc := bufio.NewScanner(strings.NewReader(text))
		line := 0
		for sc.Scan() {
			line++
			n, err := strconv.Atoi(strings.TrimSpace(sc.Text()))
			if err != nil {
				err = fmt.Errorf("line %d: %w", line, err)
			}
			if !yield(n, err) {
				return
			}
		}
	}
}

func SumAll(text string) (int, error) {
	total := 0
	for n, err := range Numbers(text) {
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

func main() {
	fmt.Println(SumAll("1\n2\n 3 \n"))
	total, err := SumAll("10\nx\n20")
	fmt.Println(total, err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	var errs []error
	for _, err := range Numbers("1\na\n2\nb") {
		if err != nil {
			errs = append(errs, err)
		}
	}
	fmt.Println(errors.Join(errs...))
}
