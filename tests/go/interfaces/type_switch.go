package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Stringy interface{ String() string }
type Box struct{ v int }

func (b Box) String() string { return fmt.Sprintf("Box(%d)", b.v) }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case float64:
		return fmt.Sprintf("float %g", v+0.5)
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(v))
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case error:
		return "error " + v.Error()
	case Stringy:
		return "stringer " + v.String()
	case []int:
		return fmt.Sprint("slice ", len(v))
	case func() int:
		return fmt.Sprint("func ", v())
	case bool, *int:
		return fmt.Sprintf("bool or *int: %T", v)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	n := 3
	vals := []interface{}{nil, 1, int64(2), 2.5, Celsius(36.6), "héllo", errors.New("bad"), Box{7}, []int{1, 2}, func() int { return 9 }, true, &n, 'x', struct{}{}, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Stringy
	switch s.(type) {
	case nil:
		fmt.Println("nil interface")
	default:
		fmt.Println("not nil")
	}
	var x interface{} = 5
	switch x.(type) {
	case string:
		fmt.Println("string")
	case int:
		fmt.Println("int, no binding")
	}
	switch y := x.(type) {
	case int:
		y++
		fmt.Println(y, x)
	}
}
