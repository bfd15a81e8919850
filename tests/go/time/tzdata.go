package main

import (
	"fmt"
	"time"
)

type ttype struct {
	off   int32
	dst   bool
	abbrv string
}

type trans struct {
	when int64
	idx  byte
}

func be32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func be64(b []byte, v uint64) []byte {
	return be32(be32(b, uint32(v>>32)), uint32(v))
}

// tzif encodes a version 2 TZif file: an empty 32-bit part, then the
// 64-bit part with the given types and transitions, then the TZ string.
func tzif(types []ttype, txs []trans, extend string) []byte {
	var chars []byte
	idx := make([]byte, len(types))
	for i, t := range types {
		idx[i] = byte(len(chars))
		chars = append(chars, t.abbrv...)
		chars = append(chars, 0)
	}
	header := func(b []byte, counts [6]int) []byte {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		for _, c := range counts {
			b = be32(b, uint32(c))
		}
		return b
	}
	b := header(nil, [6]int{})
	b = header(b, [6]int{0, 0, 0, len(txs), len(types), len(chars)})
	for _, t := range txs {
		b = be64(b, uint64(t.when))
	}
	for _, t := range txs {
		b = append(b, t.idx)
	}
	for i, t := range types {
		b = be32(b, uint32(t.off))
		if t.dst {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		b = append(b, idx[i])
	}
	b = append(b, chars...)
	b = append(b, '\n')
	b = append(b, extend...)
	return append(b, '\n')
}

func show(loc *time.Location, t time.Time) {
	u := t.In(loc)
	name, off := u.Zone()
	s, e := u.ZoneBounds()
	fmt.Printf("  %s | %s %d dst=%v | %s .. %s\n", u.Format("2006-01-02 15:04:05 MST -07:00"), name, off, u.IsDST(),
		s.UTC().Format(time.DateTime), e.UTC().Format(time.DateTime))
}

func main() {
	types := []ttype{{3208, false, "LMT"}, {3600, false, "CET"}, {7200, true, "CEST"}}
	txs := []trans{
		{-2422054408, 1},
		{323830800, 2}, // 1980-04-06 01:00 UTC
		{338950800, 1}, // 1980-09-28 01:00 UTC
		{954032400, 2}, // 2000-03-26 01:00 UTC
		{972781200, 1}, // 2000-10-29 01:00 UTC
	}
	loc, err := time.LoadLocationFromTZData("Test/Central", tzif(types, txs, "CET-1CEST,M3.5.0,M10.5.0/3"))
	fmt.Println(loc, err)
	for _, t := range []time.Time{
		time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1980, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1980, 12, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 7, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 3, 31, 0, 59, 59, 0, time.UTC),
		time.Date(2024, 3, 31, 1, 0, 0, 0, time.UTC),
		time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 10, 27, 0, 59, 59, 0, time.UTC),
		time.Date(2024, 10, 27, 1, 0, 0, 0, time.UTC),
		time.Date(2031, 3, 30, 12, 0, 0, 0, time.UTC),
	} {
		show(loc, t)
	}
	// Wall clock times in the gap and the overlap, as Date resolves them.
	fmt.Println(time.Date(2024, 3, 31, 2, 30, 0, 0, loc))
	fmt.Println(time.Date(2024, 10, 27, 2, 30, 0, 0, loc))
	fmt.Println(time.Date(2024, 10, 27, 3, 30, 0, 0, loc))
	fmt.Println(time.Date(2024, 7, 1, 12, 0, 0, 0, loc).AddDate(0, 6, 0))
	// Parsing with zone names the location knows.
	for _, v := range []string{"2024-07-01 12:00 CEST", "2024-01-01 12:00 CET", "2024-07-01 12:00 CET", "2024-07-01 12:00 PDT", "1850-07-01 12:00 LMT"} {
		p, err := time.ParseInLocation("2006-01-02 15:04 MST", v, loc)
		fmt.Println(v, "->", p, p.UTC(), err, p.Location() == loc)
	}
	p, err := time.ParseInLocation(time.RFC3339, "2024-07-01T12:00:00+02:00", loc)
	fmt.Println(p, err, p.Location() == loc)

	// Southern hemisphere rules only, with a bracketed name and no transitions.
	south, err := time.LoadLocationFromTZData("Test/South", tzif([]ttype{{36000, false, "AEST"}}, nil, "<AEST>-10<AEDT>,M10.1.0,M4.1.0/3"))
	fmt.Println(south, err)
	for _, m := range []time.Month{1, 4, 6, 10, 12} {
		show(south, time.Date(2023, m, 5, 0, 0, 0, 0, time.UTC))
	}
	// Julian and zero-based day rules, offsets with minutes and seconds.
	j, err := time.LoadLocationFromTZData("Test/J", tzif([]ttype{{-12600, false, "NST"}}, nil, "NST3:30NDT,J60/2,300/1:30:15"))
	fmt.Println(j, err)
	for _, y := range []int{2023, 2024} {
		for _, d := range []int{59, 60, 61, 300, 301, 302} {
			show(j, time.Date(y, 1, d, 12, 0, 0, 0, time.UTC))
		}
	}
	// A fixed rule with no DST, and one with a bad rule (ignored).
	f, _ := time.LoadLocationFromTZData("Test/Fixed", tzif([]ttype{{-18000, false, "EST"}}, nil, "<-05>5"))
	show(f, time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC))
	bad, _ := time.LoadLocationFromTZData("Test/Bad", tzif([]ttype{{3600, false, "X"}}, nil, "X-1Y,Q"))
	show(bad, time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC))

	// Malformed data.
	good := tzif(types, txs, "")
	for _, data := range [][]byte{nil, []byte("TZif"), []byte("TZjf2..............."), good[:30], good[:len(good)-20], tzif(nil, nil, ""), append([]byte("TZif9"), good[5:]...)} {
		l, err := time.LoadLocationFromTZData("Bad", data)
		fmt.Println(l == nil, err)
	}
	l, err := time.LoadLocationFromTZData("NoExtend", good)
	fmt.Println(l, err)
	show(l, time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC))
}
