package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic("unwrap of failed result: " + r.Err.Error())
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Try(f(r.Val))
}

func find(m map[string]int, k string) Option[int] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[int]()
}

var errNeg = errors.New("negative")

func half(n int) (int, error) {
	if n < 0 {
		return 0, errNeg
	}
	return n / 2, nil
}

func main() {
	m := map[string]int{"x": 10}
	fmt.Println(find(m, "x"), find(m, "y"))
	fmt.Println(find(m, "x").OrElse(-1), find(m, "y").OrElse(-1))
	v, ok := find(m, "y").Get()
	fmt.Println(v, ok)
	s := MapOpt(find(m, "x"), func(n int) string { return strconv.Itoa(n * 3) })
	fmt.Printf("%v %T\n", s, s)
	fmt.Println(MapOpt(None[int](), func(n int) float64 { return 1 }))
	for _, in := range []string{"42", "-8", "abc"} {
		r := Then(Then(Try(strconv.Atoi(in)), half), func(n int) (string, error) {
			return fmt.Sprintf("<%d>", n), nil
		})
		fmt.Printf("%q -> %q err=%v neg=%v\n", in, r.Val, r.Err, errors.Is(r.Err, errNeg))
	}
	var ne *strconv.NumError
	r := Try(strconv.Atoi("zz"))
	fmt.Println(errors.As(r.Err, &ne), ne.Func, ne.Num)
	fmt.Println(Ok(3.5).Unwrap())
	defer func() { fmt.Println("recovered:", recover()) }()
	Fail[int](errNeg).Unwrap()
}
