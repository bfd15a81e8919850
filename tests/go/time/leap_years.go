package main

import (
	"fmt"
	"time"
)

func isLeap(y int) bool {
	return time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC).YearDay() == 366
}

func main() {
	years := []int{1600, 1700, 1800, 1900, 1996, 1999, 2000, 2001, 2004, 2023, 2024, 2100, 2200, 2400, 0, -1, -4, -100, -400, 4000}
	for _, y := range years {
		feb29 := time.Date(y, time.February, 29, 0, 0, 0, 0, time.UTC)
		febLast := time.Date(y, time.March, 0, 0, 0, 0, 0, time.UTC)
		fmt.Println(y, isLeap(y), feb29.Month(), feb29.Day(), febLast.Day(), febLast.YearDay())
	}
	// Days between March 1 and the next March 1.
	for _, y := range []int{1899, 1900, 1999, 2000, 2023, 2024} {
		a := time.Date(y, time.March, 1, 0, 0, 0, 0, time.UTC)
		b := time.Date(y+1, time.March, 1, 0, 0, 0, 0, time.UTC)
		fmt.Println(y, b.Sub(a).Hours()/24)
	}
	// Length of 400 years is always 146097 days.
	a := time.Date(1600, time.January, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println((b.Unix()-a.Unix())/86400, b.Sub(a), b.Sub(a) == time.Duration(1<<63-1))
	c := time.Date(2400, time.January, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println((c.Unix()-b.Unix())/86400, a.Sub(c), a.Sub(c) == time.Duration(-1<<63))
	// Walk day by day through 2024's Feb and March boundary.
	d := time.Date(2024, time.February, 27, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		fmt.Println(d.Format("2006-01-02 Mon"), d.YearDay())
		d = d.Add(24 * time.Hour)
	}
	d = time.Date(2023, time.February, 27, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		fmt.Println(d.Format("2006-01-02 Mon"), d.YearDay())
		d = d.AddDate(0, 0, 1)
	}
}
