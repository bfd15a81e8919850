package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"0", "+0", "-0", "0s", "1ns", "1us", "1µs", "1μs", "1ms", "1s", "1m", "1h",
		"1.5h", "-1.5h", "+2h45m", "1h2m3s4ms5us6ns", "3m2h", ".5s", "5.s", "0.000000001s",
		"0.0000000001s", "1.0000000001s", "2562047h47m16.854775807s", "-2562047h47m16.854775808s",
		"2562047h47m16.854775808s", "-2562047h47m16.854775809s", "9223372036854775807ns",
		"9223372036854775808ns", "-9223372036854775808ns", "100000000000000000000ns",
		"1.000000000000000000000001h", "0.3333333333333333333h", "10s10s10s", "1h-1m",
		"", "-", "+", "s", "1", "1.", ".", ".s", "-.s", "1x", "1sec", "1hh", "1H", "1 s",
		" 1s", "1s ", "1.2.3s", "1e3s", "0x10s", "--1s", "1d", "1µ", "1\xffs", "1\"s", "9999999999999999999h",
		"15.1234567890123456789ms", "0.1µs", "0.5ns", "1.9ns",
	}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%q: error %v\n", s, err)
			continue
		}
		fmt.Printf("%q: %d %v\n", s, int64(d), d)
	}
	// Every Duration String parses back to itself.
	for _, d := range []time.Duration{0, 1, 999, 1000, 1001, 1500000, time.Second, 90 * time.Minute, -time.Hour - 1, 1<<63 - 1, -1 << 63} {
		p, err := time.ParseDuration(d.String())
		fmt.Println(d, p == d, err)
	}
}
