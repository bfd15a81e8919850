package main

import (
	"errors"
	"fmt"
	"strings"
)

var values = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("out of range: %d", n)
	}
	var sb strings.Builder
	for i, v := range values {
		for n >= v {
			sb.WriteString(symbols[i])
			n -= v
		}
	}
	return sb.String(), nil
}

func fromRoman(s string) (int, error) {
	digit := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := digit[s[i]]
		if !ok {
			return 0, errors.New("bad numeral " + string(s[i]))
		}
		if i+1 < len(s) && digit[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		back, _ := fromRoman(r)
		fmt.Printf("%4d %-12s %4d\n", n, r, back)
	}
	_, err := fromRoman("XIZ")
	fmt.Println(err)
	ok := 0
	for n := 1; n < 4000; n++ {
		r, _ := toRoman(n)
		if b, _ := fromRoman(r); b == n {
			ok++
		}
	}
	fmt.Println("round trips:", ok)
}
