package main

import "fmt"

func grade(score int) string {
	out := ""
	switch {
	case score >= 90:
		out += "A"
		fallthrough
	case score >= 80:
		out += "B"
		fallthrough
	case score >= 70:
		out += "C"
	case score >= 60:
		out += "D"
	default:
		out += "F"
	}
	return out
}

func kind(n int) []string {
	var tags []string
	switch n % 4 {
	case 0:
		tags = append(tags, "zero")
		fallthrough
	default:
		tags = append(tags, "default")
		fallthrough
	case 1:
		tags = append(tags, "one")
	case 2:
		tags = append(tags, "two")
		if n > 5 {
			break
		}
		tags = append(tags, "small")
	}
	return tags
}

func main() {
	for _, s := range []int{95, 85, 75, 65, 10} {
		fmt.Println(s, grade(s))
	}
	for n := 0; n < 8; n++ {
		fmt.Println(n, kind(n))
	}
}
