package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay())
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"))
	fmt.Println(t.Format("Mon Jan _2 3:04PM 2006"))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.ANSIC))
	fmt.Println(t.Format("02/01/06 Monday January"))

	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u.Format(time.DateTime), u.Sub(t), u.After(t), t.Before(u))
	fmt.Println(t.AddDate(0, 1, 25).Format(time.DateOnly))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly))

	p, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(p, err, p.Weekday())
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 0).UTC().Format(time.RFC1123))
	fmt.Println(time.Date(2024, 13, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	fmt.Println(time.Month(5), time.Saturday)
}
