package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Println("eval", name)
	return v
}

func main() {
	a, b := 7, 3
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	fmt.Println(-a, +a, ^a, !(a > b))
	fmt.Println(a&b, a|b, a^b, a&^b, a<<2, a>>1)
	// precedence: * binds tighter than +, && tighter than ||
	fmt.Println(1+2*3, (1+2)*3, 10-4-3, 100/10/5, 2*3%4)
	tr, fa, fb := true, false, false
	fmt.Println(tr || fa && fb, (tr || fa) && fb)
	fmt.Println(1<<3+1, 1<<(3+1), 6&3|8, 6&(3|8))
	// short-circuit
	fmt.Println(t("a", false) && t("b", true))
	fmt.Println(t("c", true) || t("d", true))
	fmt.Println(t("e", true) && t("f", false) || t("g", true))
	s1, s2 := "abc", "abd"
	fmt.Println(s1 < s2, s1 == "abc", s1+s2, s1 > s2)
}
