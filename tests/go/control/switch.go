package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "other"
}

func ft(n int) []string {
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

func pick(name string) int {
	fmt.Print("pick(", name, ") ")
	return len(name)
}

func main() {
	fmt.Println(grade(95), grade(85), grade(72), grade(10))
	fmt.Println(kind('a'), kind(' '), kind('z'))
	for i := 0; i <= 4; i++ {
		fmt.Println(i, ft(i))
	}
	// cases are evaluated top to bottom, left to right, until one matches
	switch 3 {
	case pick("a"), pick("bb"):
		fmt.Println("no")
	case pick("ccc"), pick("dddd"):
		fmt.Println("matched ccc")
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		if x == 5 {
			break
		}
		fmt.Println("unreached")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("golang")
	}
	switch {
	default:
		fmt.Println("default first")
	case false:
	}
	var iface interface{} = 2
	switch iface {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two via interface ==")
	}
}
