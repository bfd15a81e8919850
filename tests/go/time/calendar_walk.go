package main

import (
	"fmt"
	"time"
)

// civil converts days since 1970-01-01 to a proleptic Gregorian date by
// plain counting of years and months, to check the package's arithmetic.
func civil(days int64) (int, int, int) {
	y := 1970
	ylen := func(y int) int64 {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 366
		}
		return 365
	}
	for days < 0 {
		y--
		days += ylen(y)
	}
	for days >= ylen(y) {
		days -= ylen(y)
		y++
	}
	mlen := []int64{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if ylen(y) == 366 {
		mlen[1] = 29
	}
	m := 0
	for days >= mlen[m] {
		days -= mlen[m]
		m++
	}
	return y, m + 1, int(days) + 1
}

func main() {
	bad := 0
	n := 0
	wd := 4 // 1970-01-01 was a Thursday
	for days := int64(-146097); days <= 146097*2; days += 61 {
		t := time.Unix(days*86400+43210, 0).UTC()
		y, m, d := civil(days)
		ty, tm, td := t.Date()
		w := (int((days%7+7)%7) + wd) % 7
		if ty != y || int(tm) != m || td != d || int(t.Weekday()) != w {
			bad++
			if bad < 5 {
				fmt.Println("mismatch", days, t, y, m, d)
			}
		}
		back := time.Date(y, time.Month(m), d, 12, 0, 10, 0, time.UTC)
		if back.Unix() != t.Unix() {
			bad++
		}
		n++
	}
	fmt.Println("checked", n, "bad", bad)
	// Month ends over four years, by AddDate from the first of each month.
	t := time.Date(2023, time.January, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 48; i++ {
		first := t.AddDate(0, i, 0)
		last := first.AddDate(0, 1, -1)
		fmt.Print(last.Format("01-02"), " ")
		if i%12 == 11 {
			fmt.Println(first.Year())
		}
	}
}
