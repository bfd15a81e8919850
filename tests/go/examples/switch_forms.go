package main

import "fmt"

type Shape interface{ Area() float64 }
type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(i interface{}) string {
	switch t := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", t, t)
	case bool:
		if t {
			return "bool true"
		}
		return "bool false"
	case string:
		return "string of len " + fmt.Sprint(len(t))
	case error:
		return "error: " + t.Error()
	case Shape:
		return fmt.Sprintf("shape %T area %.1f", t, t.Area())
	case []int:
		return fmt.Sprintf("slice len %d", len(t))
	case func() int:
		return fmt.Sprint("func returning ", t())
	default:
		return fmt.Sprintf("other %T", t)
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	i := 2
	switch i {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	case 3:
		fmt.Println("three")
	}
	for _, d := range []int{0, 6, 3} {
		switch d {
		case 0, 6:
			fmt.Println(d, "weekend")
		default:
			fmt.Println(d, "weekday")
		}
	}
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for n := 0; n <= 4; n++ {
		fmt.Println(n, fall(n))
	}
	values := []interface{}{nil, 3, int64(4), true, false, "hey", fmt.Errorf("bad %d", 1),
		Square{2}, &Circle{1}, []int{1, 2}, func() int { return 7 }, 2.5, Circle{1}}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	// Switch with init statement and break out of it.
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		if x == 5 {
			break
		}
		fmt.Println("not printed")
	case x > 1:
		fmt.Println("x > 1")
	}
	// Switch on a string with no matching case and no default.
	switch "zzz" {
	case "a":
		fmt.Println("a")
	}
	fmt.Println("end")
}
