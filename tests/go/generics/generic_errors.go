package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFoundError[K comparable] struct{ Key K }

func (e NotFoundError[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

func AsType[E error](err error) (E, bool) {
	var target E
	ok := errors.As(err, &target)
	return target, ok
}

type Repo[K comparable, V any] struct{ data map[K]V }

func (r Repo[K, V]) Get(k K) (V, error) {
	v, ok := r.data[k]
	if !ok {
		var zero V
		return zero, fmt.Errorf("repo: %w", NotFoundError[K]{k})
	}
	return v, nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	r := Repo[string, int]{map[string]int{"a": 1}}
	_, err := r.Get("b")
	fmt.Println(err)
	nf, ok := AsType[NotFoundError[string]](err)
	fmt.Println(nf.Key, ok)
	_, ok = AsType[NotFoundError[int]](err)
	fmt.Println(ok)
	ne, ok := AsType[*strconv.NumError](fmt.Errorf("wrap: %w", Must2()))
	fmt.Println(ok, ne.Func)
	fmt.Println(errors.Is(err, NotFoundError[string]{"b"}), errors.Is(err, NotFoundError[string]{"c"}))
	ri := Repo[int, []string]{map[int][]string{}}
	_, err = ri.Get(42)
	fmt.Println(err)
	fmt.Println(Must(strconv.Atoi("12")))
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
	}()
	Must(r.Get("zzz"))
}

func Must2() error {
	_, err := strconv.ParseInt("9x", 10, 64)
	return err
}
