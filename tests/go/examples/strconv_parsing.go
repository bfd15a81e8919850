package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)

	inputs := []string{"42", "-17", "+8", "", "12a", "99999999999999999999", "0b101", "0o17", "1_000", "-0"}
	for _, in := range inputs {
		n, err := strconv.ParseInt(in, 0, 64)
		if err != nil {
			var ne *strconv.NumError
			_ = ne
			fmt.Printf("%-24q error: %v | is range: %t | is syntax: %t\n", in, err,
				errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			continue
		}
		fmt.Printf("%-24q = %d\n", in, n)
	}
	for _, bits := range []int{8, 16, 32} {
		_, err := strconv.ParseInt("300", 10, bits)
		fmt.Println(bits, err)
	}
	v, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(v, err)
	uv, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(uv, err)
	h, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(h, err)
	b36, err := strconv.ParseInt("zz", 36, 64)
	fmt.Println(b36, err)

	for _, s := range []string{"3.14", "1e10", "-0.0", "inf", "NaN", "1e400", "0x1p-2", ".5", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}

	// Formatting.
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<64-1, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32))
	fmt.Println(strconv.FormatBool(false), strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("café"))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 99, 10)), string(strconv.AppendQuote(nil, "q")))

	// Error values carry details.
	_, err = strconv.Atoi("12x")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Printf("Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Printf("%v | %T\n", err, err)
	sum := 0
	for _, part := range []string{"10", "20", "x", "30"} {
		n, err := strconv.Atoi(part)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		sum += n
	}
	fmt.Println("sum", sum)
}
