package main

import (
	"fmt"
	"time"
)

func main() {
	elems := []string{
		"January", "Jan", "1", "01", "Monday", "Mon", "2", "_2", "02", "__2", "002",
		"15", "3", "03", "4", "04", "5", "05", "2006", "06", "PM", "pm",
		"MST", "Z0700", "Z070000", "Z07", "Z07:00", "Z07:00:00",
		"-0700", "-070000", "-07", "-07:00", "-07:00:00",
		".0", ".00", ".000", ".000000", ".000000000", ".9", ".99", ".999", ".999999", ".999999999",
		",000", ",999", ",0", "_2006", "Janu", "Jana", "Mond", "Monx", "Month", "Jan2006", "2006-01-02",
		"x.000y", ".0000000000", "05.000", "05,999999", "5.9x", "literal", "", "pmPM", "0", "00", "007",
	}
	times := []time.Time{
		time.Date(2006, time.January, 2, 15, 4, 5, 123456789, time.FixedZone("MST", -7*3600)),
		time.Date(2024, time.November, 9, 0, 7, 9, 100000000, time.UTC),
		time.Date(1999, time.December, 31, 12, 59, 0, 5000, time.FixedZone("", 5*3600+30*60+15)),
		time.Date(2023, time.July, 4, 9, 0, 0, 0, time.FixedZone("", -(3*3600 + 45))),
		time.Date(5, time.March, 1, 23, 0, 0, 0, time.UTC),
		time.Date(-42, time.August, 15, 11, 30, 30, 999999999, time.UTC),
		time.Date(12345, time.May, 5, 5, 5, 5, 5, time.UTC),
	}
	for _, t := range times {
		fmt.Println("==", t)
		for _, e := range elems {
			fmt.Printf("%q -> %q\n", e, t.Format(e))
		}
	}
}
