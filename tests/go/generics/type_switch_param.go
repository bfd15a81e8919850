package main

import (
	"fmt"
	"strconv"
)

func Kind[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + strconv.Quote(x)
	case []T:
		return "slice of T"
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Format[T int | float64 | string | bool](v T) string {
	switch x := any(v).(type) {
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	}
	panic("unreachable")
}

func IsType[T, U any](v U) bool {
	_, ok := any(v).(T)
	return ok
}

func As[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

type MyInt int

type name string

func (n name) String() string { return "<" + string(n) + ">" }

func main() {
	fmt.Println(Kind(42))
	fmt.Println(Kind("hi"))
	fmt.Println(Kind(MyInt(5)))
	fmt.Println(Kind(name("bob")))
	fmt.Println(Kind(fmt.Errorf("bad %d", 1)))
	fmt.Println(Kind[any](nil))
	fmt.Println(Kind[error](nil))
	fmt.Println(Kind(3.5))
	fmt.Println(Format(12), Format(0.1), Format("s"), Format(true), Format(1e21))
	fmt.Println(IsType[int](5), IsType[int](MyInt(5)), IsType[fmt.Stringer](name("x")), IsType[error](3))
	fmt.Println(IsType[any](0), IsType[any, any](nil))
	n, ok := As[int](7)
	fmt.Println(n, ok)
	s, ok := As[string](7)
	fmt.Printf("%q %v\n", s, ok)
	st, ok := As[fmt.Stringer](name("z"))
	fmt.Println(st, ok)
}
