package main

import (
	"fmt"
)

func helper() any { return recover() } // not called directly by a deferred call

func indirect() (out string) {
	defer func() {
		if r := helper(); r != nil {
			out = "helper recovered (wrong)"
		}
		r := recover()
		out = fmt.Sprint("direct recovered: ", r)
	}()
	panic("boom")
}

func notPanicking() {
	defer func() {
		fmt.Println("recover while not panicking:", recover())
	}()
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return a / b, nil
}

func aborted() (res string) {
	defer func() {
		res = fmt.Sprint("last recovered: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func nestedRecover() {
	defer func() {
		fmt.Println("outer sees:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner sees:", recover())
		}()
		panic("in deferred")
	}()
	panic("original")
}

type state struct{ steps []string }

func (s *state) run(fail bool) (n int) {
	defer func() {
		if r := recover(); r != nil {
			s.steps = append(s.steps, fmt.Sprint("recovered ", r))
			n = -1
		}
	}()
	s.steps = append(s.steps, "start")
	if fail {
		var m map[string]int
		m["x"] = 1
	}
	s.steps = append(s.steps, "end")
	return len(s.steps)
}

func main() {
	fmt.Println(indirect())
	notPanicking()
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(aborted())
	nestedRecover()
	s := &state{}
	fmt.Println(s.run(false), s.run(true), s.steps)
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("loop", i, "recovered", r)
				}
			}()
			if i%2 == 1 {
				panic(fmt.Sprint("odd ", i))
			}
			fmt.Println("loop", i, "fine")
		}()
	}
}
