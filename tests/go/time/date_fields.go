package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), "|", y, m, d, h, mi, s, "|", t.YearDay(), t.Weekday())
}

func main() {
	show(time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC))
	show(time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1969, time.December, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(0, time.March, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(-1, time.December, 31, 12, 0, 0, 0, time.UTC))
	show(time.Date(-4713, time.November, 24, 12, 0, 0, 0, time.UTC))
	show(time.Date(9999, time.December, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(292277026596, time.December, 4, 15, 30, 7, 0, time.UTC))
	show(time.Date(-292277022399, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1582, time.October, 15, 0, 0, 0, 0, time.UTC))
	show(time.Date(2000, time.February, 29, 23, 59, 59, 0, time.UTC))
	show(time.Date(2100, time.December, 31, 0, 0, 0, 0, time.UTC))
	show(time.Date(2038, time.January, 19, 3, 14, 7, 0, time.UTC))
	for m := time.January; m <= time.December; m++ {
		t := time.Date(2023, m, 1, 0, 0, 0, 0, time.UTC)
		last := time.Date(2023, m+1, 0, 0, 0, 0, 0, time.UTC)
		fmt.Println(m, t.Weekday(), t.YearDay(), last.Day(), last.YearDay())
	}
}
