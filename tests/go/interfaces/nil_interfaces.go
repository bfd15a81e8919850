package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // a typed nil pointer in a non-nil interface
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type I interface{ M() string }
type T struct{}

func (t *T) M() string { return fmt.Sprint("M on nil receiver: ", t == nil) }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	err = correct(false)
	fmt.Println(err == nil, err)
	err = mayFail(true)
	fmt.Println(err == nil, err)
	var t *T
	var i I = t
	fmt.Println(i == nil, i.M())
	var i2 I
	fmt.Println(i2 == nil)
	var e1, e2 interface{}
	fmt.Println(e1 == e2, e1 == nil)
	e1 = (*int)(nil)
	fmt.Println(e1 == nil, e1 == (*int)(nil), e1 == e2)
	fmt.Printf("%v %T\n", e1, e1)
}
