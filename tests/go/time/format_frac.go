package main

import (
	"fmt"
	"time"
)

func main() {
	nanos := []int{0, 1, 9, 10, 100, 999, 1000, 1001, 120000, 500000000, 999999999, 100000000, 123456789, 20}
	layouts := []string{
		"05.0", "05.00", "05.000", "05.0000", "05.00000", "05.000000", "05.0000000", "05.00000000", "05.000000000",
		"05.9", "05.99", "05.999", "05.9999", "05.99999", "05.999999", "05.9999999", "05.99999999", "05.999999999",
		"05,000", "05,999", "05,999999999", "05.000000000000", "05.999999999999", "5.00x", "05.9 MST", "Stamp=" + time.StampMicro,
	}
	for _, n := range nanos {
		t := time.Date(2010, time.April, 1, 8, 9, 7, n, time.UTC)
		fmt.Print(n, ":")
		for _, l := range layouts {
			fmt.Printf(" [%s]", t.Format(l))
		}
		fmt.Println()
		fmt.Println("  ", t.String(), t.Format(time.RFC3339Nano))
	}
}
