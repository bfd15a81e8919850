package main

import (
	"fmt"
	"time"
)

func main() {
	// 12-hour clock across a whole day, and AM/PM in both cases.
	t := time.Date(2020, time.June, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 24; i++ {
		u := t.Add(time.Duration(i)*time.Hour + time.Duration(i)*time.Minute)
		fmt.Println(u.Format("15:04 3:04PM 03:04pm"), u.Format(time.Kitchen))
	}
	// Year padding and the two-digit year of negative and large years.
	for _, y := range []int{0, 1, 9, 10, 99, 100, 999, 1000, 2006, 9999, 10000, 123456, -1, -9, -10, -999, -1000, -12345} {
		u := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		fmt.Printf("%d [%s] [%s] [%s]\n", y, u.Format("2006"), u.Format("06"), u.Format("_2006"))
	}
	// Day and year-day padding.
	for _, d := range []int{1, 9, 10, 31, 32, 99, 100, 101, 365} {
		u := time.Date(2023, time.January, d, 0, 0, 0, 0, time.UTC)
		fmt.Printf("[%s] [%s] [%s] [%s] [%s]\n", u.Format("2"), u.Format("_2"), u.Format("02"), u.Format("__2"), u.Format("002"))
	}
}
