package main

import (
	"errors"
	"fmt"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator's defer runs during the panic")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func safeDiv(xs []int) (res []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range seq(len(xs)) {
		res = append(res, 100/xs[i])
	}
	return res, nil
}

var errStop = errors.New("stop")

func panicky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	for i := range seq(10) {
		if i == 2 {
			panic(fmt.Errorf("at %d: %w", i, errStop))
		}
	}
	return nil
}

func iterPanics(yield func(int) bool) {
	yield(1)
	panic("iterator itself panics")
}

func main() {
	fmt.Println(safeDiv([]int{5, 10}))
	fmt.Println(safeDiv([]int{5, 0, 10}))
	err := panicky()
	fmt.Println(err, errors.Is(err, errStop))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range iterPanics {
			fmt.Println("body", v)
		}
	}()
}
