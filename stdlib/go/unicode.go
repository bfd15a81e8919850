// minigo's implementation of package unicode, in Go: it replaces the
// bodiless functions of api/unicode.go. The algorithms are Go's own
// (unicode/letter.go, unicode/graphic.go); the tables are string
// constants generated from Go's (see the end of the file), so they cost
// nothing until a lookup reads them.
//
// Differences from Go: the exported tables (Letter, Upper, Han, ...,
// CaseRanges, TurkishCase, Categories, ...) are declared but not filled
// in (they are nil), so Is, In and IsOneOf work only on tables that the
// program builds itself, and SpecialCase methods fall back to the
// ordinary mappings for TurkishCase and AzeriCase. The Is* and To*
// functions do not use them: they read the generated tables below.

package unicode

const (
	pC     = 1 << iota // a control character.
	pP                 // a punctuation character.
	pN                 // a numeral.
	pS                 // a symbolic character.
	pZ                 // a spacing character.
	pLu                // an upper-case letter.
	pLl                // a lower-case letter.
	pp                 // a printable character according to Go's definition.
	pg     = pp | pZ   // a graphical character according to the Unicode definition.
	pLo    = pLl | pLu // a letter that is neither upper nor lower case.
	pLmask = pLo
)

// The tables' numbers are base-63 digits '!' (0) to '_' (62); a number of
// 4 digits c0..c3 is ((c0*63+c1)*63+c2)*63+c3 - off4 (off3 for 3 digits).
const (
	off4      = '!' * (63*63*63 + 63*63 + 63 + 1)
	off3      = '!' * (63*63 + 63 + 1)
	deltaBias = 1 << 22
)

// inTable reports whether r is in the generated range table t: entries
// of 12 bytes (lo, hi, stride, separator) after a newline, sorted.
func inTable(t string, r rune) bool {
	lo, hi := 0, len(t)/12
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := 1 + m*12
		rlo := ((rune(t[i])*63+rune(t[i+1]))*63+rune(t[i+2]))*63 + rune(t[i+3]) - off4
		if r < rlo {
			hi = m
			continue
		}
		rhi := ((rune(t[i+4])*63+rune(t[i+5]))*63+rune(t[i+6]))*63 + rune(t[i+7]) - off4
		if r > rhi {
			lo = m + 1
			continue
		}
		stride := (rune(t[i+8])*63+rune(t[i+9]))*63 + rune(t[i+10]) - off3
		return stride == 1 || (r-rlo)%stride == 0
	}
	return false
}

// lookupCaseRange returns the offset in caseTable of the entry whose
// range holds r, or -1. caseTable's entries are 21 bytes (lo, hi, three
// biased deltas, separator) after a newline, sorted.
func lookupCaseRange(r rune) int {
	t := caseTable
	lo, hi := 0, len(t)/21
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := 1 + m*21
		rlo := ((rune(t[i])*63+rune(t[i+1]))*63+rune(t[i+2]))*63 + rune(t[i+3]) - off4
		if r < rlo {
			hi = m
			continue
		}
		rhi := ((rune(t[i+4])*63+rune(t[i+5]))*63+rune(t[i+6]))*63 + rune(t[i+7]) - off4
		if r > rhi {
			lo = m + 1
			continue
		}
		return i
	}
	return -1
}

// convertCase maps r to case _case (0 to 2) by the caseTable entry at
// offset i.
func convertCase(_case int, r rune, i int) rune {
	t := caseTable
	rlo := ((rune(t[i])*63+rune(t[i+1]))*63+rune(t[i+2]))*63 + rune(t[i+3]) - off4
	i += 8 + 4*_case
	delta := ((rune(t[i])*63+rune(t[i+1]))*63+rune(t[i+2]))*63 + rune(t[i+3]) - off4 - deltaBias
	if delta > MaxRune {
		// In an Upper-Lower sequence, which always starts with an upper
		// case letter, the characters at even offsets from the start are
		// upper case and the ones at odd offsets lower case; UpperCase
		// and TitleCase are even, LowerCase odd.
		return rlo + ((r-rlo)&^1 | rune(_case&1))
	}
	return r + delta
}

const linearMax = 18

func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			rg := ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			rg := ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Compare as uint32 to correctly handle negative runes.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// isPrintAbove reports whether r, above Latin-1, is in L, M, N, P or S.
func isPrintAbove(r rune) bool {
	return inTable(tabLetter, r) || inTable(tabMark, r) || inTable(tabNumber, r) ||
		inTable(tabPunct, r) || inTable(tabSymbol, r)
}

func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pg != 0
	}
	return isPrintAbove(r) || inTable(tabSpace, r)
}

func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pp != 0
	}
	return isPrintAbove(r)
}

func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pC != 0
	}
	// All control characters are < MaxLatin1.
	return false
}

func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&(pLmask) != 0
	}
	return inTable(tabLetter, r)
}

func IsMark(r rune) bool {
	// There are no mark characters in Latin-1.
	return inTable(tabMark, r)
}

func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pN != 0
	}
	return inTable(tabNumber, r)
}

func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pP != 0
	}
	return inTable(tabPunct, r)
}

func IsSpace(r rune) bool {
	// This property isn't the same as Z; special-case it.
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return inTable(tabWhiteSpace, r)
}

func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pS != 0
	}
	return inTable(tabSymbol, r)
}

func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return inTable(tabDigit, r)
}

func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pLmask == pLu
	}
	return inTable(tabUpper, r)
}

func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pLmask == pLl
	}
	return inTable(tabLower, r)
}

func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return inTable(tabTitle, r)
}

func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar // as reasonable an error as any
	}
	if i := lookupCaseRange(r); i >= 0 {
		return convertCase(_case, r, i)
	}
	return r
}

func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	if i := lookupCaseRange(r); i >= 0 {
		return convertCase(UpperCase, r, i)
	}
	return r
}

func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if i := lookupCaseRange(r); i >= 0 {
		return convertCase(LowerCase, r, i)
	}
	return r
}

func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' { // title case is upper case for ASCII
			r -= 'a' - 'A'
		}
		return r
	}
	if i := lookupCaseRange(r); i >= 0 {
		return convertCase(TitleCase, r, i)
	}
	return r
}

// toSpecial is Go's to over a SpecialCase's ranges.
func toSpecial(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	lo := 0
	hi := len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := toSpecial(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := toSpecial(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := toSpecial(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r < 0x80 {
		switch {
		case r == 'k':
			return '\u212A' // Kelvin sign
		case r == 's':
			return '\u017F' // long s
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case 'a' <= r && r <= 'z':
			return r - ('a' - 'A')
		}
		return r
	}
	// Consult foldTable (Go's caseOrbit, less what caseTable gives).
	t := foldTable
	n := len(t) / 9
	lo := 0
	hi := n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := 1 + m*9
		if ((rune(t[i])*63+rune(t[i+1]))*63+rune(t[i+2]))*63+rune(t[i+3])-off4 < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < n {
		i := 1 + lo*9
		if ((rune(t[i])*63+rune(t[i+1]))*63+rune(t[i+2]))*63+rune(t[i+3])-off4 == r {
			return ((rune(t[i+4])*63+rune(t[i+5]))*63+rune(t[i+6]))*63 + rune(t[i+7]) - off4
		}
	}
	// No folding specified. This is a one- or two-element
	// equivalence class containing rune and ToLower(rune)
	// and ToUpper(rune) if they are different from rune.
	if i := lookupCaseRange(r); i >= 0 {
		if l := convertCase(LowerCase, r, i); l != r {
			return l
		}
		return convertCase(UpperCase, r, i)
	}
	return r
}

// BEGIN TABLES: generated by stdlib/tools/genunicode from go1.27.3 (Unicode 17.0.0); do not edit.

// properties is Go's table of the classes of the Latin-1 code points
// (the p* bits), indexed by code point.
const properties = "" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" + // 0x00-0x0F
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" + // 0x10-0x1F
	"\x90\x82\x82\x82\x88\x82\x82\x82\x82\x82\x82\x88\x82\x82\x82\x82" + // 0x20-0x2F
	"\x84\x84\x84\x84\x84\x84\x84\x84\x84\x84\x82\x82\x88\x88\x88\x82" + // 0x30-0x3F
	"\x82\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0" + // 0x40-0x4F
	"\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\x82\x82\x82\x88\x82" + // 0x50-0x5F
	"\x88\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0" + // 0x60-0x6F
	"\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\x82\x88\x82\x88\x01" + // 0x70-0x7F
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" + // 0x80-0x8F
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" + // 0x90-0x9F
	"\x10\x82\x88\x88\x88\x88\x88\x82\x88\x88\xe0\x82\x88\x00\x88\x88" + // 0xA0-0xAF
	"\x88\x88\x84\x84\x88\xc0\x82\x82\x88\x84\xe0\x82\x84\x84\x84\x82" + // 0xB0-0xBF
	"\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0" + // 0xC0-0xCF
	"\xa0\xa0\xa0\xa0\xa0\xa0\xa0\x88\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xc0" + // 0xD0-0xDF
	"\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0" + // 0xE0-0xEF
	"\xc0\xc0\xc0\xc0\xc0\xc0\xc0\x88\xc0\xc0\xc0\xc0\xc0\xc0\xc0\xc0" // 0xF0-0xFF

// tabLetter is Go's L table above Latin-1 (641 ranges).
const tabLetter = `
!!$\!!,-!!" !!,2!!,=!!" !!,L!!,P!!" !!,X!!,Z!!# !!.^!!/#!!" !!/%!!/&!!"
!!/)!!/,!!" !!/.!!/5!!( !!/7!!/9!!" !!/;!!/=!!# !!/>!!/P!!" !!/R!!1&!!"
!!1(!!34!!" !!3=!!6%!!" !!6'!!6L!!" !!6O!!6V!!( !!6W!!7?!!" !!8H!!9#!!"
!!9(!!9+!!" !!9Y!!:D!!" !!;)!!;*!!" !!;,!!<O!!" !!<Q!!="!!1 !!=#!!=+!!)
!!=,!!=7!!, !!=8!!=9!!" !!=<!!=M!!2 !!=O!!>-!!" !!>K!!@%!!" !!@1!!@J!!:
!!@K!!A+!!" !!A5!!A6!!" !!A;!!AA!!' !!AB!!AV!!" !!A[!!B&!!+ !!B*!!BB!!9
!!BC!!BZ!!" !!C#!!C-!!" !!C3!!CJ!!" !!CL!!CR!!" !!D$!!DM!!" !!EI!!F?!!"
!!FC!!FV!!4 !!F^!!G(!!" !!G8!!GG!!" !!GL!!GS!!" !!GV!!GW!!" !!GZ!!H0!!"
!!H2!!H8!!" !!H:!!H>!!% !!H?!!HA!!" !!HE!!HV!!2 !!I%!!I&!!" !!I(!!I*!!"
!!I9!!I:!!" !!IE!!IN!!* !!IO!!IS!!" !!IX!!IY!!" !!I\!!J2!!" !!J4!!J:!!"
!!J<!!J=!!" !!J?!!J@!!" !!JB!!JC!!" !!K$!!K'!!" !!K)!!K=!!5 !!K>!!K?!!"
!!KP!!KX!!" !!KZ!!K\!!" !!K^!!L4!!" !!L6!!L<!!" !!L>!!L?!!" !!LA!!LE!!"
!!LI!!L\!!4 !!M-!!M.!!" !!MF!!MR!!- !!MS!!MY!!" !!M\!!M]!!" !!N!!!N6!!"
!!N8!!N>!!" !!N@!!NA!!" !!NC!!NG!!" !!NK!!O+!!@ !!O,!!O.!!# !!O/!!O0!!"
!!O@!!OR!!3 !!OT!!OY!!" !!O]!!O_!!" !!P"!!P%!!" !!P)!!P*!!" !!P,!!P.!!#
!!P/!!P3!!% !!P4!!P8!!% !!P9!!P:!!" !!P>!!PI!!" !!Q!!!QV!!V !!QW!!Q]!!"
!!Q_!!R"!!" !!R$!!R:!!" !!R<!!RK!!" !!RO!!S+!!< !!S,!!S-!!" !!S/!!S0!!"
!!S3!!S4!!" !!SS!!SX!!& !!SY!!S_!!" !!T"!!T$!!" !!T&!!T<!!" !!T>!!TG!!"
!!TI!!TM!!" !!TQ!!U1!!@ !!U2!!U3!!" !!U5!!U6!!" !!UF!!UG!!" !!UY!!V"!!"
!!V$!!V&!!" !!V(!!VP!!" !!VS!!W%!!2 !!W+!!W-!!" !!W6!!W8!!" !!WQ!!WV!!"
!!W\!!X.!!" !!X2!!XI!!" !!XK!!XS!!" !!XU!!XX!!$ !!XY!!X^!!" !!YZ!!ZJ!!"
!!ZL!!ZM!!" !!ZZ!![!!!" !![\!![]!!" !![_!!\"!!# !!\#!!\&!!" !!\(!!\?!!"
!!\A!!\C!!# !!\D!!\L!!" !!\N!!\O!!" !!\Y!!\\!!$ !!\]!!]!!!" !!]#!!]9!!7
!!]:!!]<!!" !!]]!!^^!"" !!^_!!_&!!" !!_(!!_K!!" !"!(!"!,!!" !"#"!"#L!!"
!"$"!"$3!!2 !"$4!"$8!!" !"$=!"$@!!" !"$D!"$H!!% !"$I!"$Q!!) !"$R!"$S!!"
!"$X!"%%!!" !"%2!"%D!!3 !"%E!"&*!!" !"&,!"&2!!' !"&5!"&_!!" !"'"!",3!!"
!",5!",8!!" !",;!",A!!" !",C!",E!!# !",F!",H!!" !",K!"-4!!" !"-6!"-9!!"
!"-<!"-\!!" !"-^!"."!!" !".%!".+!!" !".-!"./!!# !".0!".2!!" !".5!".C!!"
!".E!"/>!!" !"/@!"/C!!" !"/F!"0I!!" !"10!"1?!!" !"1P!"3'!!" !"3*!"3/!!"
!"33!"=(!!" !"=+!"=;!!" !"==!"=V!!" !"=\!"?(!!" !"?/!"?6!!" !"?>!"?O!!"
!"?]!"@0!!" !"@?!"@P!!" !"@_!"A,!!" !"A.!"A0!!" !"A@!"B4!!" !"BX!"B]!!&
!"D#!"E<!!" !"ED!"EH!!" !"EK!"F-!!" !"F/!"F5!!' !"F6!"G;!!" !"GF!"H%!!"
!"HW!"I5!!" !"I8!"I<!!" !"IH!"J4!!" !"J9!"JR!!" !"KJ!"L!!!" !"L+!"L_!!"
!"N4!"OS!"@ !"OT!"PB!!" !"PT!"P[!!" !"QS!"R1!!" !"R?!"R@!!" !"RK!"S7!!"
!"SR!"T6!!" !"U!!"U#!!" !"U.!"UQ!!" !"UT!"U^!!" !"V%!"VO!!" !"VR!"VT!!"
!"W?!"WB!!" !"WD!"WI!!" !"WK!"WL!!" !"WP!"WV!!' !"WW!"ZX!!" !"[Z!#!4!!"
!#!7!#!<!!" !#!?!#"%!!" !#"(!#"-!!" !#"0!#"7!!" !#"9!#"?!!# !#"@!#"]!!"
!##!!##U!!" !##W!##]!!" !##_!#$$!!% !#$%!#$&!!" !#$(!#$.!!" !#$2!#$5!!"
!#$8!#$=!!" !#$B!#$N!!" !#$T!#$V!!" !#$X!#$^!!" !#&U!#'$!!/ !#'5!#'A!!"
!#))!#).!!& !#)1!#):!!" !#)<!#)@!!% !#)A!#)D!!" !#)K!#)Q!!# !#)R!#)T!!"
!#)V!#*!!!" !#*$!#*'!!" !#*-!#*1!!" !#*6!#+,!!V !#+-!#US!KG !#UT!#Y;!!"
!#YB!#YE!!" !#YI!#YJ!!" !#YW!#Z=!!" !#Z?!#ZE!!' !#ZH!#[@!!" !#[H!#[Y!!2
!#[Z!#\0!!" !#\:!#\@!!" !#\B!#\H!!" !#\J!#\P!!" !#\R!#\X!!" !#\Z!#]!!!"
!#]#!#])!!" !#]+!#]1!!" !#]3!#]9!!" !#^K!$')!(> !$'*!$'U!!L !$'V!$'Y!!"
!$'_!$(!!!" !$(&!$)<!!" !$)C!$)E!!" !$)G!$+"!!" !$+$!$+'!!" !$+-!$+W!!"
!$+Y!$-8!!" !$-J!$.*!!" !$.[!$/+!!" !$74!&![!!" !&"]!+GI!!" !+HN!+I<!!"
!+I?!+MO!!" !+MS!+N#!!" !+N.!+N/!!" !+ND!+O3!!" !+OD!+P#!!" !+P&!+Q,!!"
!+Q^!+R'!!" !+R*!+SQ!!" !+ST!+U'!!" !+U<!+UL!!" !+UN!+UP!!" !+UR!+UU!!"
!+UW!+V.!!" !+VL!+W@!!" !+WO!+XA!!" !+YA!+YF!!" !+YJ!+YL!!# !+YM!+YY!!-
!+YZ!+Z5!!" !+Z@!+ZV!!" !+[1!+[M!!" !+[U!+\D!!" !+]"!+]3!!2 !+]4!+]7!!"
!+]9!+]B!!" !+]M!+]Q!!" !+]S!+^<!!" !+^T!+^V!!" !+^X!+^_!!" !+_5!+_K!!"
!+_O!+_S!!% !+_T!,!E!!" !,!G!,!K!!% !,!L!,!O!!$ !,!P!,!S!!" !,!V!,!X!!#
!,"2!,"4!!" !,"7!,"A!!" !,"I!,"K!!" !,"X!,"]!!" !,#!!,#&!!" !,#)!,#.!!"
!,#8!,#>!!" !,#@!,#F!!" !,#H!,$3!!" !,$5!,$B!!" !,$I!,&=!!" !,&[!.Z0!!"
!.Z=!.ZS!!" !.ZX!.[I!!" !1$T!1*G!!" !1*J!1,5!!" !1,\!1-#!!" !1-0!1-4!!"
!1-:!1-<!!# !1-=!1-E!!" !1-G!1-S!!" !1-U!1-Y!!" !1-[!1-]!!# !1-^!1.!!!#
!1."!1.$!!# !1.%!1/P!!" !103!16#!!" !166!176!!" !179!18/!!" !18X!19$!!"
!1:Z!1:^!!" !1;!!1=)!!" !1=N!1>(!!" !1>/!1>H!!" !1>T!1@.!!" !1@2!1@7!!"
!1@:!1@?!!" !1@B!1@G!!" !1@J!1@L!!" !1A1!1A<!!" !1A>!1AW!!" !1AY!1B,!!"
!1B.!1B/!!" !1B1!1B?!!" !1BB!1BO!!" !1C3!1E/!!" !1K;!1KW!!" !1K[!1LL!!"
!1M=!1M\!!" !1N+!1N>!!" !1N@!1NG!!" !1NN!1O4!!" !1O?!1O\!!" !1O_!1PC!!"
!1PH!1PO!!" !1QA!1T!!!" !1T4!1TW!!" !1T\!1U@!!" !1UE!1V-!!" !1V6!1W*!!"
!1W7!1WA!!" !1WC!1WQ!!" !1WS!1WY!!" !1W[!1W\!!" !1W^!1X)!!" !1X+!1X9!!"
!1X;!1XA!!" !1XC!1XD!!" !1XH!1Y<!!" !1YI!1^D!!" !1^N!1_$!!" !1_/!1_6!!"
!1_O!1_T!!" !1_V!2!@!!" !2!B!2!J!!" !2"Q!2"V!!" !2"Y!2"[!!# !2"\!2#G!!"
!2#I!2#J!!" !2#N!2#Q!!$ !2#R!2$(!!" !2$3!2$I!!" !2$S!2%2!!" !2&5!2&G!!"
!2&I!2&J!!" !2&U!2'+!!" !2'6!2'O!!" !2'V!2(0!!" !2(W!2)O!!" !2)V!2)W!!"
!2*Y!2+*!!1 !2++!2+-!!" !2+/!2+1!!" !2+3!2+O!!" !2,;!2,W!!" !2,[!2-8!!"
!2-\!2.$!!" !2.&!2.A!!" !2.]!2/S!!" !2/^!204!!" !20?!20Q!!" !20_!211!!"
!23"!24+!!" !25$!25V!!" !26%!26W!!" !27&!27I!!" !281!28L!!" !28V!29-!!"
!2=,!2=U!!" !2=\!2=]!!" !2>/!2>4!!" !2?.!2?J!!" !2?U!2?^!!* !2?_!2@4!!"
!2@_!2A1!!" !2B!!2B5!!" !2BQ!2C(!!" !2C5!2D*!!" !2E%!2E&!!" !2E)!2E7!!/
!2E8!2F$!!" !2FE!2F]!!" !2G9!2G\!!" !2H;!2H>!!$ !2HG!2I*!!" !2I.!2I;!!.
!2I<!2J+!!" !2J:!2J=!!" !2JS!2JU!!# !2K:!2KK!!" !2KM!2L&!!" !2L:!2L;!!"
!2M<!2MB!!" !2MD!2MF!!# !2MG!2MI!!" !2MK!2MY!!" !2M[!2N%!!" !2N-!2N[!!"
!2OC!2OJ!!" !2OM!2ON!!" !2OQ!2P'!!" !2P)!2P/!!" !2P1!2P2!!" !2P4!2P8!!"
!2P<!2PO!!4 !2P\!2Q!!!" !2Q@!2QI!!" !2QK!2QN!!$ !2QP!2R6!!" !2R8!2RR!!;
!2RT!2SB!!N !2SC!2T7!!" !2TJ!2TM!!" !2U#!2U%!!" !2UD!2V4!!" !2VI!2VJ!!"
!2VL!2YH!#\ !2YI!2Z7!!" !2["!2[%!!" !2[J!2\:!!" !2\O!2]L!!] !2]M!2^7!!"
!2^E!2_N!"* !2_O!3!)!!" !3!O!3!U!!" !3$R!3%>!!" !3'5!3(5!!" !3(U!3(\!!"
!3(_!3)#!!$ !3)$!3)*!!" !3),!3)-!!" !3)/!3)F!!" !3)V!3)X!!# !3+9!3+@!!"
!3+C!3,*!!" !3,;!3,=!!# !3,Z!3-&!!, !3-'!3-M!!" !3-U!3.,!!7 !3.8!3/&!!"
!3/:!3/M!!4 !3/N!30V!!" !34"!34B!!" !35#!35+!!" !35-!35Q!!" !36$!36V!!S
!36W!374!!" !39'!39-!!" !39/!390!!" !392!39W!!" !3:.!3:H!!; !3:I!3:M!!"
!3:O!3:P!!" !3:R!3;2!!" !3;A!3;Y!!9 !3;Z!3<E!!" !3@N!3A!!!" !3A1!3A3!!#
!3A4!3A?!!" !3AA!3B#!!" !3D"!3E3!"2 !3E4!3SZ!!" !3WE!3ZK!!" !4EB!4G$!!"
!4G4!4X4!!" !4XF!4XK!!" !4Y&!5Y?!!" !5YE!6#T!!" !7Q;!7QX!!" !8.W!87X!!"
!88!!88?!!" !88Q!8:!!!" !8:3!8:P!!" !8;$!8;S!!" !8<%!8<(!!" !8<H!8<\!!"
!8=#!8=5!!" !8D-!8DY!!" !8H1!8I1!!" !8IR!8J+!!" !8J.!8JF!!" !8K4!8L?!!"
!8LE!8MI!"% !8MJ!8MU!!" !8NW!8NX!!" !8NZ!8O*!!0 !8O+!8O8!!. !8O9!:FB!!"
!:G-!:GL!!" !:I0!:K$!!" !<W,!<W/!!" !<W1!<W7!!" !<W9!<W:!!" !<W<!<\#!!"
!<\3!<\Q!!? !<\R!<\S!!" !<\V!<]&!!0 !<]'!<])!!" !<]2!=$C!!" !=I-!=JX!!"
!=J^!=K+!!" !=K/!=K7!!" !=K?!=KH!!" !?,N!?.$!!" !?.&!?/-!!" !?//!?/0!!"
!?/3!?/6!!$ !?/7!?/:!!$ !?/;!?/=!!" !?/?!?/J!!" !?/L!?/N!!# !?/O!?/T!!"
!?/V!?0W!!" !?0Y!?0\!!" !?0_!?1'!!" !?1)!?1/!!" !?11!?1L!!" !?1N!?1Q!!"
!?1S!?1W!!" !?1Y!?1]!!% !?1^!?2$!!" !?2&!?7>!!" !?7A!?7Y!!" !?7[!?84!!"
!?86!?8T!!" !?8V!?9/!!" !?91!?9O!!" !?9Q!?:*!!" !?:,!?:J!!" !?:L!?;%!!"
!?;'!?;E!!" !?;G!?;_!!" !?<"!?<)!!" !?Y;!?YY!!" !?Z!!?Z&!!" !?^0!?_.!!"
!@"C!@#0!!" !@#;!@#A!!" !@#R!@(Y!&( !@(Z!@)7!!" !@)J!@*6!!" !@2#!@2>!!"
!@6'!@6D!!" !@6G!@9Z!$4 !@9[!@:9!!" !@:;!@:=!!" !@:?!@:@!!" !@:B!@:H!!"
!@:K!@:O!!" !@:Y!@:Z!!" !@>?!@>E!!" !@>G!@>J!!" !@>L!@>M!!" !@>O!@>]!!"
!@>_!@B'!!" !@C$!@D(!!" !@D0!@W8!4) !@W9!@W;!!" !@W=!@WW!!" !@WY!@WZ!!"
!@W\!@W_!!$ !@X"!@X+!!" !@X-!@X0!!" !@X2!@X4!!# !@X;!@X@!!& !@XB!@XF!!#
!@XG!@XH!!" !@XJ!@XK!!" !@XM!@XP!!$ !@XR!@XZ!!# !@X[!@X]!!# !@Y!!@Y$!!"
!@Y&!@Y,!!" !@Y.!@Y1!!" !@Y3!@Y6!!" !@Y8!@Y:!!# !@Y;!@YC!!" !@YE!@YU!!"
!@Y[!@Y]!!" !@Y_!@Z$!!" !@Z&!@Z6!!" !B"A!LRF!!" !LS(!MYJ!!" !MYM!O76!!"
!O79!Q/_!!" !Q00!Q:'!!" !R"1!R*V!!" !RBQ!SR*!!" !SR0!UZ_!!"
`

// tabUpper is Go's Lu table above Latin-1 (149 ranges).
const tabUpper = `
!!%%!!%[!!# !!%^!!&-!!# !!&0!!&^!!# !!&_!!'$!!# !!'(!!')!!" !!'+!!'-!!#
!!'.!!'0!!# !!'1!!'2!!" !!'5!!'8!!" !!':!!';!!" !!'=!!'?!!" !!'C!!'D!!"
!!'F!!'G!!" !!'I!!'M!!# !!'N!!'P!!# !!'S!!'U!!# !!'V!!'X!!# !!'Y!!'Z!!"
!!'\!!'^!!# !!'_!!($!!% !!(,!!(5!!$ !!(7!!(C!!# !!(F!!(V!!# !!(Y!!(\!!$
!!(^!!)!!!" !!)#!!)[!!# !!*$!!*%!!" !!*'!!*(!!" !!*+!!*-!!# !!*.!!*0!!"
!!*2!!*8!!# !!.^!!/!!!# !!/%!!/.!!* !!/5!!/7!!# !!/8!!/9!!" !!/;!!/=!!#
!!/>!!/@!!# !!/A!!/P!!" !!/R!!/Z!!" !!0?!!0B!!$ !!0C!!0D!!" !!0H!!0^!!#
!!1%!!1(!!$ !!1*!!1+!!" !!1.!!2!!!" !!2R!!33!!# !!3=!!44!!# !!45!!4A!!#
!!4D!!6$!!# !!6'!!6L!!" !"%D!"&*!!" !"&,!"&2!!' !"1P!"3'!!" !"U]!"V%!!(
!"V&!"VO!!" !"VR!"VT!!" !"[Z!"^1!!# !"^;!"_\!!# !#!'!#!.!!" !#!7!#!<!!"
!#!G!#!N!!" !#!W!#!^!!" !#"(!#"-!!" !#"9!#"?!!# !#"H!#"O!!" !##Y!##\!!"
!#$*!#$-!!" !#$:!#$=!!" !#$J!#$N!!" !#$Z!#$]!!" !#))!#).!!& !#)2!#)4!!"
!#)7!#)9!!" !#)<!#)@!!% !#)A!#)D!!" !#)K!#)Q!!# !#)R!#)T!!" !#)W!#)Z!!"
!#*&!#*'!!" !#*-!#+,!!_ !#US!#VC!!" !#W5!#W7!!# !#W8!#W9!!" !#W<!#WB!!#
!#WC!#WE!!" !#WG!#WJ!!$ !#WS!#WU!!" !#WW!#Y9!!# !#YB!#YD!!# !#YI!+ND(T[
!+NF!+O1!!# !+OE!+O_!!# !+R*!+R6!!# !+R:!+S7!!# !+SB!+SF!!# !+SG!+SO!!#
!+ST!+SV!!# !+SY!+S[!!# !+S_!+T4!!# !+T5!+T8!!" !+T:!+T>!!" !+T@!+TN!!#
!+TO!+TQ!!" !+TS!+TU!!# !+TV!+U'!!# !+U@!1=N&H/ !1=O!1>(!!" !1QA!1R)!!"
!1T4!1TW!!" !1W7!1WA!!" !1WC!1WQ!!" !1WS!1WY!!" !1W[!1W\!!" !25$!25V!!"
!287!28L!!" !3'5!3'T!!" !8H1!8HP!!" !8IR!8J+!!" !?,N!?-(!!" !?-C!?-\!!"
!?.8!?.Q!!" !?/-!?//!!# !?/0!?/6!!$ !?/7!?/:!!$ !?/;!?/=!!" !?/?!?/F!!"
!?0"!?0;!!" !?0V!?0W!!" !?0Y!?0\!!" !?0_!?1'!!" !?1)!?1/!!" !?1K!?1L!!"
!?1N!?1Q!!" !?1S!?1W!!" !?1Y!?1]!!% !?1^!?2$!!" !?2@!?2Y!!" !?35!?3N!!"
!?4*!?4C!!" !?4^!?58!!" !?5S!?6-!!" !?6H!?7"!!" !?7A!?7Y!!" !?8<!?8T!!"
!?97!?9O!!" !?:2!?:J!!" !?;-!?;E!!" !?<(!@C$"'\ !@C%!@CE!!"
`

// tabLower is Go's Ll table above Latin-1 (162 ranges).
const tabLower = `
!!%&!!%\!!# !!%]!!&.!!# !!&/!!&]!!# !!'!!!'%!!# !!'&!!''!!" !!'*!!',!!#
!!'/!!'3!!% !!'4!!'9!!& !!'<!!'@!!% !!'A!!'B!!" !!'E!!'H!!$ !!'J!!'L!!#
!!'O!!'Q!!# !!'R!!'T!!# !!'W!!'[!!% !!']!!(!!!$ !!("!!(%!!$ !!(&!!('!!"
!!(.!!(4!!$ !!(6!!(D!!# !!(E!!(W!!# !!(X!!([!!$ !!(]!!)"!!% !!)$!!)\!!#
!!)]!!*#!!" !!*&!!*)!!$ !!**!!*,!!# !!*1!!*9!!# !!*:!!+>!!" !!+A!!+Z!!"
!!._!!/"!!# !!/&!!/*!!% !!/+!!/,!!" !!/?!!/[!!= !!/\!!0>!!" !!0@!!0A!!"
!!0E!!0G!!" !!0I!!0_!!# !!1!!!1$!!" !!1&!!1,!!$ !!1-!!2"!!U !!2#!!2Q!!"
!!2S!!34!!# !!3>!!43!!# !!46!!4B!!# !!4C!!6%!!# !!6V!!7?!!" !"&5!"&_!!"
!"'#!"'%!!" !"3*!"3/!!" !"UT!"U\!!" !"U^!"WV!"X !"WW!"XB!!" !"YC!"YO!!"
!"YQ!"Z3!!" !"[[!"^2!!# !"^3!"^:!!" !"^<!"_]!!# !"_^!#!&!!" !#!/!#!4!!"
!#!?!#!F!!" !#!O!#!V!!" !#!_!#"%!!" !#"0!#"7!!" !#"@!#"G!!" !#"P!#"]!!"
!##!!##(!!" !##1!##8!!" !##A!##H!!" !##Q!##U!!" !##W!##X!!" !##_!#$$!!%
!#$%!#$&!!" !#$(!#$)!!" !#$2!#$5!!" !#$8!#$9!!" !#$B!#$I!!" !#$T!#$V!!"
!#$X!#$Y!!" !#)1!#)5!!% !#)6!#):!!% !#)V!#*!!!& !#*$!#*%!!" !#*.!#*1!!"
!#*6!#+-!!W !#VD!#W4!!" !#W6!#W:!!% !#W;!#WA!!# !#WF!#WH!!# !#WI!#WK!!#
!#WL!#WP!!" !#WV!#Y:!!# !#Y;!#YC!!) !#YE!#YJ!!& !#YW!#Z=!!" !#Z?!#ZE!!'
!+NE!+O2!!# !+OF!+P!!!# !+R+!+R7!!# !+R8!+R9!!" !+R;!+S:!!# !+S;!+SA!!"
!+SC!+SE!!# !+SH!+SP!!# !+SU!+SW!!# !+SZ!+S\!!# !+S]!+S^!!" !+T!!+T3!!#
!+T9!+T?!!' !+TA!+TM!!# !+TR!+TT!!# !+TW!+U&!!# !+UA!+UE!!% !,#H!,$3!!"
!,$9!,$A!!" !,$I!,%Y!!" !1,\!1-#!!" !1-0!1-4!!" !1>/!1>H!!" !1R*!1RQ!!"
!1T\!1U@!!" !1W^!1X)!!" !1X+!1X9!!" !1X;!1XA!!" !1XC!1XD!!" !26%!26W!!"
!28W!29-!!" !3'U!3(5!!" !8HQ!8I1!!" !8J.!8JF!!" !?-)!?-B!!" !?-]!?.$!!"
!?.&!?.7!!" !?.R!?/,!!" !?/G!?/J!!" !?/L!?/N!!# !?/O!?/T!!" !?/V!?0!!!"
!?0<!?0U!!" !?11!?1J!!" !?2&!?2?!!" !?2Z!?34!!" !?3O!?4)!!" !?4D!?4]!!"
!?59!?5R!!" !?6.!?6G!!" !?7#!?7>!!" !?7[!?84!!" !?86!?8;!!" !?8V!?9/!!"
!?91!?96!!" !?9Q!?:*!!" !?:,!?:1!!" !?:L!?;%!!" !?;'!?;,!!" !?;G!?;_!!"
!?<"!?<'!!" !?<)!?Y;!>3 !?Y<!?YD!!" !?YF!?YY!!" !?Z!!?Z&!!" !@CF!@D(!!"
`

// tabTitle is Go's Lt table above Latin-1 (7 ranges).
const tabTitle = `
!!(-!!(3!!$ !!(Z!##)"Z/ !##*!##0!!" !##9!##@!!" !##I!##P!!" !##]!#$.!!1
!#$^!#$^!!"
`

// tabMark is Go's M table above Latin-1 (313 ranges).
const tabMark = `
!!--!!.]!!" !!36!!3<!!" !!7H!!85!!" !!87!!89!!# !!8:!!8<!!# !!8=!!8?!!#
!!9I!!9S!!" !!:E!!:Y!!" !!;+!!<R!"H !!<S!!<X!!" !!<[!!=!!!" !!=$!!=%!!"
!!='!!=*!!" !!=N!!>.!!@ !!>/!!>H!!" !!@&!!@0!!" !!A,!!A4!!" !!A>!!AW!!:
!!AX!!AZ!!" !!A\!!B%!!" !!B'!!B)!!" !!B+!!B/!!" !!B[!!B]!!" !!CZ!!D#!!"
!!DN!!E&!!" !!E(!!EH!!" !!F@!!FB!!" !!FD!!FU!!" !!FW!!F]!!" !!G)!!G*!!"
!!GH!!GJ!!" !!HD!!HF!!# !!HG!!HL!!" !!HO!!HP!!" !!HS!!HU!!" !!H_!!I+!!,
!!I,!!IG!!< !!IJ!!IL!!" !!JF!!JH!!# !!JI!!JL!!" !!JQ!!JR!!" !!JU!!JW!!"
!!J[!!K;!!@ !!K<!!K@!!% !!KL!!KN!!" !!LH!!LJ!!# !!LK!!LQ!!" !!LS!!LU!!"
!!LW!!LY!!" !!M/!!M0!!" !!MG!!ML!!" !!MN!!MP!!" !!NJ!!NL!!# !!NM!!NR!!"
!!NU!!NV!!" !!NY!!N[!!" !!O$!!O&!!" !!O1!!O2!!" !!OQ!!PN!!] !!PO!!PR!!"
!!PV!!PX!!" !!PZ!!P]!!" !!Q(!!QQ!!J !!QR!!QU!!" !!RN!!RP!!# !!RQ!!RV!!"
!!RX!!RZ!!" !!R\!!R_!!" !!S(!!S)!!" !!S5!!S6!!" !!ST!!SV!!" !!TP!!TR!!#
!!TS!!TX!!" !!TZ!!T\!!" !!T^!!U"!!" !!U*!!U+!!" !!U7!!U8!!" !!UH!!UU!!.
!!UV!!UX!!" !!VQ!!VR!!" !!VT!!VZ!!" !!V\!!V^!!" !!W!!!W$!!" !!W.!!W9!!,
!!W:!!WX!!? !!WY!!WZ!!" !!Y#!!Y(!!& !!Y)!!Y-!!" !!Y/!!Y1!!# !!Y2!!Y8!!"
!!YK!!YL!!" !!ZK!!ZN!!$ !!ZO!!ZT!!" !!["!![)!!" !!\M!!\P!!$ !!\Q!!\X!!"
!!]%!!]+!!" !!^6!!^7!!" !!^S!!^W!!# !!^\!!^]!!" !!_P!"!$!!" !"!&!"!'!!"
!"!-!"!7!!" !"!9!"!\!!" !""'!"#M!"G !"#N!"$!!!" !"$9!"$<!!" !"$A!"$C!!"
!"$E!"$G!!" !"$J!"$P!!" !"$T!"$W!!" !"%&!"%1!!" !"%3!"%>!!, !"%?!"%A!!"
!"0L!"0N!!" !"?P!"?S!!" !"@1!"@3!!" !"@Q!"@R!!" !"A2!"A3!!" !"B5!"BT!!"
!"B^!"CM!!O !"CN!"CO!!" !"CQ!"EI!"X !"EJ!"F.!!D !"H'!"H2!!" !"H7!"HB!!"
!"L"!"L&!!" !"M!!"M*!!" !"M,!"MH!!" !"MK!"N=!!R !"N>!"O+!!" !"O.!"O9!!"
!"ON!"OR!!" !"PC!"PS!!" !"Q;!"QC!!" !"QP!"QR!!" !"R2!"R>!!" !"S8!"SE!!"
!"T7!"TJ!!" !"W&!"W(!!" !"W*!"W>!!" !"WC!"WJ!!( !"WM!"WO!!" !"ZY!"[Y!!"
!#(6!#(V!!" !#YF!#YH!!" !#[X!#];!"C !#]<!#]Z!!" !$'N!$'S!!" !$)?!$)@!!"
!+O4!+O7!!" !+O9!+OB!!" !+P$!+P%!!" !+Q7!+Q8!!" !+UM!+UQ!!% !+UV!+V/!!9
!+V0!+V3!!" !+V8!+WM!"6 !+WN!+XB!!T !+XC!+XS!!" !+Y/!+Y@!!" !+YN!+Z6!!H
!+Z7!+Z=!!" !+ZW!+[$!!" !+[Q!+[T!!" !+\E!+\R!!" !+]8!+^=!"& !+^>!+^J!!"
!+^W!+_!!!* !+_"!+_P!!O !+_Q!+_R!!" !,!F!,!H!!# !,!I!,!J!!" !,!M!,!N!!"
!,!T!,!U!!" !,!W!,"B!!K !,"C!,"F!!" !,"L!,"M!!" !,&>!,&E!!" !,&G!,&H!!"
!1-;!19)!,N !19*!198!!" !19I!19X!!" !1I6!1L\!$G !1O5!1O9!!" !2*Z!2*\!!"
!2*^!2*_!!" !2+&!2+)!!" !2+R!2+T!!" !2+Y!2.B!#I !2.C!27J!*( !27K!27M!!"
!28P!28T!!" !2=W!2=X!!" !2?(!2?-!!" !2@5!2@?!!" !2A2!2A5!!" !2C2!2C4!!"
!2D+!2D9!!" !2E$!2E'!!$ !2E(!2E3!!, !2E4!2E6!!" !2F%!2F/!!" !2F7!2G6!!_
!2G7!2G8!!" !2G]!2H+!!" !2H<!2H=!!" !2I+!2I8!!. !2I9!2I:!!" !2J,!2J9!!"
!2JB!2JE!!" !2JG!2JH!!" !2L'!2L2!!" !2L9!2L<!!$ !2N\!2O(!!" !2O>!2OA!!"
!2P:!2P;!!" !2P=!2PC!!" !2PF!2PG!!" !2PJ!2PL!!" !2PV!2Q"!!, !2Q#!2Q&!!$
!2Q'!2Q,!!" !2Q0!2Q4!!" !2R9!2RA!!" !2RC!2RF!!$ !2RH!2RK!!" !2RM!2RQ!!"
!2RS!2S#!!0 !2S$!2T8!"5 !2T9!2TI!!" !2U"!2V5!"4 !2V6!2VH!!" !2Z8!2Z>!!"
!2ZA!2ZI!!" !2[&!2['!!" !2\;!2\K!!" !2^8!2^D!!" !3!,!3!:!!" !3%?!3%M!!"
!3)G!3)L!!" !3)N!3)O!!" !3)R!3)U!!" !3)W!3)Y!!# !3)Z!3,+!#1 !3,,!3,1!!"
!3,4!3,:!!" !3,>!3,[!!> !3,\!3-%!!" !3-N!3-T!!" !3-V!3-Y!!" !3.#!3.-!!+
!3..!3.7!!" !3/'!3/6!!" !32@!32G!!" !35R!35Y!!" !35[!36#!!" !377!37L!!"
!37N!37[!!" !39X!39]!!" !3:"!3:$!!# !3:%!3:'!!# !3:(!3:-!!" !3:/!3;3!"%
!3;4!3;7!!" !3;9!3;:!!" !3;<!3;@!!" !3A"!3A%!!" !3A/!3A0!!" !3A2!3B$!!R
!3B%!3B*!!" !3B.!3B2!!" !3BJ!4XE"6[ !4XL!4XZ!!" !7QY!7R+!!" !8:S!8:W!!"
!8;T!8;Z!!" !8LD!8LF!!# !8LG!8M=!!" !8ME!8MH!!" !8N[!8O(!!- !8O)!=KL%\D
!=KM!>W:",M !>W;!>X(!!" !>X+!>XA!!" !?")!?"-!!" !?"1!?"6!!" !?"?!?"F!!"
!?"I!?"O!!" !?#/!?#2!!" !?%I!?%K!!" !?E'!?E]!!" !?F#!?FT!!" !?F]!?G-!!0
!?GD!?GH!!" !?GJ!?GX!!" !?]?!?]E!!" !?]G!?]W!!" !?]Z!?^!!!" !?^#!?^$!!"
!?^&!?^*!!" !?_P!@#4!#D !@#5!@#:!!" !@)8!@*7!!_ !@*8!@*:!!" !@2?!@2B!!"
!@6E!@6F!!" !@:>!@:A!!$ !@:I!@:J!!" !@:P!@B3!(C !@B4!@B9!!" !@D)!@D/!!"
$K/H$K3;!!"
`

// tabNumber is Go's N table above Latin-1 (140 ranges).
const tabNumber = `
!!:Z!!;$!!" !!=-!!=6!!" !!@@!!@I!!" !!G-!!G6!!" !!I/!!I8!!" !!I=!!IB!!"
!!K1!!K:!!" !!M3!!M<!!" !!O5!!O>!!" !!OA!!OF!!" !!Q7!!QC!!" !!S9!!SB!!"
!!SK!!SQ!!" !!U;!!UD!!" !!W/!!W5!!" !!W=!!WO!!" !!Y?!!YH!!" !![+!![4!!"
!!]-!!]6!!" !!^>!!^Q!!" !"$#!"$,!!" !"%4!"%=!!" !"0X!"1,!!" !"?,!"?.!!"
!"C"!"C+!!" !"C2!"C;!!" !"CR!"C[!!" !"HM!"HV!!" !"JY!"K$!!" !"ML!"MU!!"
!"M\!"N&!!" !"P_!"Q)!!" !"RA!"RJ!!" !"TS!"T\!!" !"U$!"U-!!" !#&T!#&X!!%
!#&Y!#&]!!" !#'%!#'.!!" !#*8!#++!!" !#+.!#+2!!" !#6T!#7P!!" !#9!!#96!!"
!#C7!#CT!!" !#YT!$'+!-7 !$'E!$'M!!" !$'\!$'^!!" !$-<!$-?!!" !$/L!$/U!!"
!$05!$0<!!" !$0>!$0L!!" !$1.!$17!!" !$1_!$2.!!" !+N$!+N-!!" !+Q-!+Q6!!"
!+V<!+VA!!" !+X^!+Y(!!" !+YO!+YX!!" !+]#!+],!!" !+]C!+]L!!" !+_%!+_.!!"
!,&K!,&T!!" !1==!1=F!!" !1E<!1F)!!" !1F6!1G/!!" !1GA!1GB!!" !1L]!1M8!!"
!1M]!1N!!!" !1N?!1NH!!* !1PQ!1PU!!" !1T$!1T-!!" !2$+!2$2!!" !2$L!2$R!!"
!2%;!2%C!!" !2&P!2&T!!" !2',!2'1!!" !2)T!2)U!!" !2)X!2*(!!" !2*+!2*X!!"
!2+Z!2,#!!" !2,X!2,Y!!" !2-9!2-;!!" !2.H!2.L!!" !207!20>!!" !20W!20^!!"
!21I!21O!!" !26_!27%!!" !27V!27_!!" !28'!280!!" !2<K!2=*!!" !2?K!2?T!!"
!2@@!2@C!!" !2B6!2B<!!" !2DE!2E#!!" !2G&!2G/!!" !2H-!2H6!!" !2JI!2JR!!"
!2JZ!2K.!!" !2O.!2O7!!" !2TS!2T\!!" !2VU!2V^!!" !2\[!2]%!!" !2^M!2^V!!"
!2^]!2_1!!" !3!?!3!J!!" !3(6!3(H!!" !3*(!3*1!!" !34R!34[!!" !364!36P!!"
!3:8!3:A!!" !3;I!3;R!!" !3<J!3<S!!" !3B@!3BI!!" !3D2!3DF!!" !3UC!3W3!!"
!7R,!7R5!!" !88A!88J!!" !8:#!8:,!!" !8<5!8<>!!" !8<@!8<F!!" !8D]!8E'!!"
!8I2!8IH!!" !8O,!8O.!!" !>O"!>O+!!" !?'I!?'\!!" !?(*!?(=!!" !?*,!?*D!!"
!?<,!?<]!!" !@#D!@#M!!" !@*;!@*D!!" !@2C!@2L!!" !@6H!@6Q!!" !@B*!@B2!!"
!@D5!@D>!!" !@Q#!@Q]!!" !@Q_!@R"!!" !@R$!@R'!!" !@S5!@T"!!" !@T$!@T2!!"
!A$D!A$P!!" !AQ!!AQ*!!"
`

// tabDigit is Go's Nd table above Latin-1 (71 ranges).
const tabDigit = `
!!:Z!!;$!!" !!=-!!=6!!" !!@@!!@I!!" !!G-!!G6!!" !!I/!!I8!!" !!K1!!K:!!"
!!M3!!M<!!" !!O5!!O>!!" !!Q7!!Q@!!" !!S9!!SB!!" !!U;!!UD!!" !!W=!!WF!!"
!!Y?!!YH!!" !![+!![4!!" !!]-!!]6!!" !!^>!!^G!!" !"$#!"$,!!" !"%4!"%=!!"
!"C"!"C+!!" !"CR!"C[!!" !"HM!"HV!!" !"JY!"K#!!" !"ML!"MU!!" !"M\!"N&!!"
!"P_!"Q)!!" !"RA!"RJ!!" !"TS!"T\!!" !"U$!"U-!!" !+N$!+N-!!" !+X^!+Y(!!"
!+YO!+YX!!" !+]#!+],!!" !+]C!+]L!!" !+_%!+_.!!" !,&K!,&T!!" !1==!1=F!!"
!1T$!1T-!!" !27V!27_!!" !28'!280!!" !2DY!2E#!!" !2G&!2G/!!" !2H-!2H6!!"
!2JI!2JR!!" !2O.!2O7!!" !2TS!2T\!!" !2VU!2V^!!" !2\[!2]%!!" !2^M!2^V!!"
!2^]!2_1!!" !3!?!3!H!!" !3(6!3(?!!" !3*(!3*1!!" !34R!34[!!" !364!36=!!"
!3:8!3:A!!" !3;I!3;R!!" !3<J!3<S!!" !3B@!3BI!!" !7R,!7R5!!" !88A!88J!!"
!8:#!8:,!!" !8<5!8<>!!" !8D]!8E'!!" !>O"!>O+!!" !?<,!?<]!!" !@#D!@#M!!"
!@*;!@*D!!" !@2C!@2L!!" !@6H!@6Q!!" !@D5!@D>!!" !AQ!!AQ*!!"
`

// tabPunct is Go's P table above Latin-1 (163 ranges).
const tabPunct = `
!!/-!!/6!!* !!6P!!6U!!" !!7@!!7A!!" !!86!!88!!# !!8;!!8>!!$ !!9,!!9-!!"
!!9B!!9C!!" !!9E!!9F!!" !!9T!!9V!!# !!9W!!9X!!" !!;%!!;(!!" !!<P!!==!!M
!!=>!!=J!!" !!A8!!A:!!" !!B2!!B@!!" !!C!!!G+!%+ !!G,!!G7!!, !!IF!!KA!"[
!!M=!!SJ!'. !!SW!!YM!&V !![*!![5!!, !![6!!^"!#L !!^#!!^0!!" !!^2!!^X!!G
!!^Y!!^[!!" !"!%!""1!"- !""2!""5!!" !"":!"";!!" !"$-!"$2!!" !"'!!"0O!*O
!"0P!"0W!!" !"32!"=*!*X !"=W!"=X!!" !"?)!"?+!!" !"@4!"@5!!" !"BU!"BW!!"
!"BY!"B[!!" !"CB!"CL!!" !"HK!"HL!!" !"L)!"L*!!" !"N-!"N3!!" !"N5!"N:!!"
!"P]!"P^!!" !"Q*!"Q0!!" !"QM!"QO!!" !"SN!"SQ!!" !"TN!"TR!!" !"UR!"US!!"
!"VU!"V\!!" !"W)!#%3!.+ !#%4!#%J!!" !#%S!#&'!!" !#&)!#&5!!" !#&7!#&B!!"
!#'"!#'#!!" !#'2!#'3!!" !#17!#1:!!" !#1X!#1Y!!" !#C)!#C6!!" !#DG!#DH!!"
!#E)!#E2!!" !#KL!#L"!!" !#M#!#M&!!" !#MG!#MH!!" !#YP!#YS!!" !#YU!#YV!!"
!#[I!#][!#3 !#]\!#^J!!" !#^L!#_,!!" !#_/!#_:!!" !$'%!$''!!" !$',!$'5!!"
!$'8!$'C!!" !$'T!$("!!. !$)F!$+#!"= !+I=!+I>!!" !+MP!+MR!!" !+O8!+OC!!,
!+Q9!+Q>!!" !+WA!+WD!!" !+X\!+X]!!" !+YG!+YI!!" !+YK!+Z>!!S !+Z?!+[0!!Q
!+\S!+\_!!" !+]1!+]2!!" !+_1!+_4!!" !,"5!,"6!!" !,"G!,"H!!" !,&F!16$&0>
!16%!199!$5 !19:!19B!!" !19Y!1:<!!" !1:>!1:K!!" !1:M!1:R!!& !1:T!1:U!!"
!1=.!1=0!!" !1=2!1=7!!" !1=9!1=<!!" !1=G!1=H!!" !1=L!1=M!!" !1>)!1>+!!"
!1>-!1>I!!= !1>K!1>M!!# !1>N!1>S!!" !1E5!1E7!!" !1O^!1PP!!R !1W6!2$*!,T
!2'5!2'U!!A !2,+!2,3!!" !2,Z!2.M!"S !2.N!2.S!!" !2/W!2/]!!" !219!21<!!"
!28U!2=Y!&% !2>=!2@D!#( !2@E!2@H!!" !2A6!2A9!!" !2D:!2D@!!" !2F0!2F1!!"
!2F3!2F6!!" !2H7!2H:!!" !2I,!2I-!!" !2J>!2JA!!" !2JF!2JT!!/ !2JV!2JX!!"
!2L3!2L8!!" !2N&!2RU!%P !2RV!2RX!!# !2RY!2TN!"U !2TO!2TR!!" !2T]!2T^!!"
!2U!!2VK!"K !2ZJ!2[!!!" !2\L!2\N!!" !2],!2]8!!" !2^F!3!K!#& !3!L!3!M!!"
!3%N!3)[!%. !3)\!3)]!!" !3,<!3-Z!"? !3-[!3."!!" !3/7!3/9!!" !3/;!3/?!!"
!30^!31(!!" !34C!36%!"B !36&!36)!!" !36T!36U!!" !3A&!3A'!!" !3B3!3B?!!"
!3E2!3W5!3$ !3W6!3W9!!" !4G%!4G&!!" !88O!88P!!" !8:X!8;[!"$ !8;\!8;_!!"
!8<)!8DZ!)R !8D[!8D\!!" !8II!8IL!!" !8NY!=KN%\U !?G0!?G4!!" !@6V!@DC!.M
!@DD!@DD!!"
`

// tabSymbol is Go's S table above Latin-1 (202 ranges).
const tabSymbol = `
!!,.!!,1!!" !!,>!!,K!!" !!,Q!!,W!!" !!,Y!!,[!!# !!,\!!-,!!" !!/$!!/3!!0
!!/4!!1'!"S !!35!!7D!%0 !!7E!!7F!!" !!9?!!9A!!" !!9D!!9G!!$ !!9H!!<Z!$3
!!=&!!=:!!5 !!=;!!A7!$\ !!A?!!A@!!" !!CK!!I;!&P !!I<!!IC!!( !!ID!!M>!$Z
!!O?!!QD!#& !!QE!!QK!!" !!SR!!W&!$4 !!WP!!ZY!$* !!]^!!^!!!" !!^1!!^3!!#
!!^4!!^5!!" !!^8!!^=!!" !!^R!!^V!!# !"!^!""&!!" !""(!""-!!" !""/!""0!!"
!""6!""9!!" !"%B!"%C!!" !"1@!"1I!!" !"=)!"B\!&T !"HG!"K(!#A !"K)!"KI!!"
!"Q1!"Q:!!" !"QD!"QL!!" !##^!#$!!!# !#$"!#$#!!" !#$/!#$1!!" !#$?!#$A!!"
!#$O!#$Q!!" !#$_!#%!!!" !#&(!#&6!!/ !#&^!#'!!!" !#'/!#'1!!" !#'E!#('!!"
!#)'!#)(!!" !#)*!#)-!!" !#)/!#)0!!" !#);!#)=!!# !#)>!#)?!!" !#)E!#)J!!"
!#)L!#)P!!# !#)U!#*"!!- !#*#!#*(!!& !#*)!#*,!!" !#*2!#*5!!" !#*7!#+3!!\
!#+4!#+9!!& !#+:!#16!!" !#1;!#1W!!" !#1Z!#5\!!" !#64!#6>!!" !#7Q!#8_!!"
!#97!#C(!!" !#CU!#DF!!" !#DI!#E(!!" !#E3!#KK!!" !#L#!#M"!!" !#M'!#MF!!"
!#MI!#SD!!" !#SG!#UR!!" !#Y<!#YA!!" !#_-!#_.!!" !#_]!$!7!!" !$!9!$"R!!"
!$"_!$&8!!" !$&S!$'#!!" !$'(!$'6!!/ !$'7!$'D!!. !$'Z!$'[!!" !$(#!$($!!"
!$)A!$)B!!" !$-:!$-;!!" !$-@!$-I!!" !$.+!$.P!!" !$.Z!$/,!!2 !$/-!$/J!!"
!$/V!$04!!" !$0=!$0M!!1 !$0N!$1-!!" !$18!$1^!!" !$2/!$73!!" !&!\!&"\!!"
!+GM!+HD!!" !+QG!+Q]!!" !+R(!+R)!!" !+SR!+SS!!" !+V4!+V7!!" !+VB!+VE!!"
!+_L!+_N!!" !,$4!,$C!!0 !,$D!1-F&*# !1/Q!102!!" !16&!165!!" !177!178!!"
!180!187!!" !19%!19(!!" !1:L!1:N!!# !1:O!1:P!!" !1:S!1=1!#> !1=8!1=I!!2
!1=J!1=K!!" !1>,!1>.!!# !1>J!1>L!!# !1@P!1@V!!" !1@X!1@^!!" !1A-!1A.!!"
!1F-!1F5!!" !1G0!1G@!!" !1GC!1GE!!" !1GG!1GS!!" !1GW!1HH!!Q !1HI!1I5!!"
!2$J!2$K!!" !2.%!296!,2 !297!2>>!&( !2>?!2>E!!" !3!N!3DG!CY !3DH!3E$!!"
!8<!!8<$!!" !8<*!=KK&0B !>K.!>O!!!" !>O,!>O.!!" !>O2!>V,!!" !>V3!>VI!!"
!>VY!>W*!!" !>XK!>Z@!!" !>[>!>_7!!" !>_B!?!)!!" !?!,!?"(!!" !?".!?"0!!"
!?"G!?"H!!" !?"P!?#.!!" !?#3!?$0!!" !?$F!?%H!!" !?%L!?(J!#^ !?(K!?*"!!"
!?7Z!?85!!; !?8U!?90!!; !?9P!?:+!!; !?:K!?;&!!; !?;F!?<!!!; !?<^!?E&!!"
!?E^!?F"!!" !?FU!?F\!!" !?F^!?G,!!" !?G.!?G/!!" !@#S!@*J!'W !@Q^!@R#!!%
!@T#!@[,!(* !@[-!@_@!%4 !@_A!A!,!!" !A!1!A"U!!" !A##!A#1!!" !A#4!A#B!!"
!A#D!A#R!!" !A#T!A$9!!" !A$Q!A'4!!" !A(.!A(J!!" !A(X!A)D!!" !A)I!A)Q!!"
!A)Y!A)Z!!" !A**!A*/!!" !A,L!A<4!!" !A<8!A<H!!" !A<L!A<X!!" !A<\!A@9!!"
!A@@!A@K!!" !A@P!AA!!!1 !AA"!AA,!!" !AA1!AB)!!" !AB2!AB;!!" !ABB!AC*!!"
!AC3!ACP!!" !ACS!AC^!!" !AD$!AD%!!" !AD4!AD<!!" !AE%!AJA!!" !AJJ!AJW!!"
!AJZ!AK'!!" !AK+!AK5!!" !AK9!AL2!!" !AL4!AL9!!& !AL:!ALH!!" !ALK!ALV!!"
!AL[!AM%!!" !AM-!AOA!!" !AOC!AP_!!" !AQ+!AQ+!!"
`

// tabSpace is Go's Zs table above Latin-1 (4 ranges).
const tabSpace = `
!"=<!#%#!GG !#%$!#%-!!" !#%R!#&C!!Q !$'$!$'$!!"
`

// tabWhiteSpace is Go's White_Space table above Latin-1 (5 ranges).
const tabWhiteSpace = `
!!#C!"=<":Y !#%#!#%-!!" !#%K!#%L!!" !#%R!#&C!!Q !$'$!$'$!!"
`

// caseTable is Go's CaseRanges (336 ranges).
const caseTable = `
!!"#!!"<1QQ11QQQ1QQ1 !!"C!!"\1QPP1QQ11QPP !!#X!!#X1Q]$1QQ11Q]$ !!$$!!$:1QQ11QQQ1QQ1 !!$<!!$B1QQ11QQQ1QQ1 !!$D!!$Z1QPP1QQ11QPP
!!$\!!%#1QPP1QQ11QPP !!%$!!%$1QS,1QQ11QS, !!%%!!%T6/>E6/>E6/>E !!%U!!%U1QQ11QN'1QQ1 !!%V!!%V1QME1QQ11QME !!%W!!%\6/>E6/>E6/>E
!!%^!!&.6/>E6/>E6/>E !!&0!!&]6/>E6/>E6/>E !!&^!!&^1QQ11QO61QQ1 !!&_!!'%6/>E6/>E6/>E !!'&!!'&1QL@1QQ11QL@ !!''!!''1QT71QQ11QT7
!!'(!!'(1QQ11QTF1QQ1 !!')!!',6/>E6/>E6/>E !!'-!!'-1QQ11QTB1QQ1 !!'.!!'/6/>E6/>E6/>E !!'0!!'11QQ11QTA1QQ1 !!'2!!'36/>E6/>E6/>E
!!'5!!'51QQ11QRA1QQ1 !!'6!!'61QQ11QT>1QQ1 !!'7!!'71QQ11QT?1QQ1 !!'8!!'96/>E6/>E6/>E !!':!!':1QQ11QTA1QQ1 !!';!!';1QQ11QTC1QQ1
!!'<!!'<1QRS1QQ11QRS !!'=!!'=1QQ11QTG1QQ1 !!'>!!'>1QQ11QTE1QQ1 !!'?!!'@6/>E6/>E6/>E !!'A!!'A1QSV1QQ11QSV !!'B!!'B1\?U1QQ11\?U
!!'C!!'C1QQ11QTG1QQ1 !!'D!!'D1QQ11QTI1QQ1 !!'E!!'E1QS51QQ11QS5 !!'F!!'F1QQ11QTJ1QQ1 !!'G!!'L6/>E6/>E6/>E !!'M!!'M1QQ11QTN1QQ1
!!'N!!'O6/>E6/>E6/>E !!'P!!'P1QQ11QTN1QQ1 !!'S!!'T6/>E6/>E6/>E !!'U!!'U1QQ11QTN1QQ1 !!'V!!'W6/>E6/>E6/>E !!'X!!'Y1QQ11QTM1QQ1
!!'Z!!']6/>E6/>E6/>E !!'^!!'^1QQ11QTO1QQ1 !!'_!!(!6/>E6/>E6/>E !!($!!(%6/>E6/>E6/>E !!('!!('1QR*1QQ11QR* !!(,!!(,1QQ11QQ31QQ2
!!(-!!(-1QQ01QQ21QQ1 !!(.!!(.1QQ/1QQ11QQ0 !!(/!!(/1QQ11QQ31QQ2 !!(0!!(01QQ01QQ21QQ1 !!(1!!(11QQ/1QQ11QQ0 !!(2!!(21QQ11QQ31QQ2
!!(3!!(31QQ01QQ21QQ1 !!(4!!(41QQ/1QQ11QQ0 !!(5!!(D6/>E6/>E6/>E !!(E!!(E1QP!1QQ11QP! !!(F!!(W6/>E6/>E6/>E !!(Y!!(Y1QQ11QQ31QQ2
!!(Z!!(Z1QQ01QQ21QQ1 !!([!!([1QQ/1QQ11QQ0 !!(\!!(]6/>E6/>E6/>E !!(^!!(^1QQ11QON1QQ1 !!(_!!(_1QQ11QP81QQ1 !!)!!!)H6/>E6/>E6/>E
!!)I!!)I1QQ11QO-1QQ1 !!)K!!)\6/>E6/>E6/>E !!*$!!*$1QQ11T?G1QQ1 !!*%!!*&6/>E6/>E6/>E !!*'!!*'1QQ11QNK1QQ1 !!*(!!*(1QQ11T?D1QQ1
!!*)!!**1T?[1QQ11T?[ !!*+!!*,6/>E6/>E6/>E !!*-!!*-1QQ11QN+1QQ1 !!*.!!*.1QQ11QR71QQ1 !!*/!!*/1QQ11QR91QQ1 !!*0!!*96/>E6/>E6/>E
!!*:!!*:1T?;1QQ11T?; !!*;!!*;1T?81QQ11T?8 !!*<!!*<1T?:1QQ11T?: !!*=!!*=1QM[1QQ11QM[ !!*>!!*>1QM_1QQ11QM_ !!*@!!*A1QN!1QQ11QN!
!!*C!!*C1QN$1QQ11QN$ !!*E!!*E1QN#1QQ11QN# !!*F!!*F1\;_1QQ11\;_ !!*J!!*J1QN!1QQ11QN! !!*K!!*K1\;[1QQ11\;[ !!*M!!*M1QM^1QQ11QM^
!!*N!!*N1\<81QQ11\<8 !!*O!!*O1\;81QQ11\;8 !!*P!!*P1\;T1QQ11\;T !!*R!!*R1QM\1QQ11QM\ !!*S!!*S1QMZ1QQ11QMZ !!*T!!*T1\;T1QQ11\;T
!!*U!!*U1T>R1QQ11T>R !!*V!!*V1\;Q1QQ11\;Q !!*Y!!*Y1QMZ1QQ11QMZ !!*[!!*[1T>X1QQ11T>X !!*\!!*\1QMX1QQ11QMX !!*_!!*_1QMW1QQ11QMW
!!+(!!+(1T>B1QQ11T>B !!++!!++1QMS1QQ11QMS !!+-!!+-1\;S1QQ11\;S !!+.!!+.1QMS1QQ11QMS !!+2!!+21\;:1QQ11\;: !!+3!!+31QMS1QQ11QMS
!!+4!!+41QP+1QQ11QP+ !!+5!!+61QMT1QQ11QMT !!+7!!+71QP)1QQ11QP) !!+=!!+=1QMR1QQ11QMR !!+H!!+H1\;%1QQ11\;% !!+I!!+I1\;"1QQ11\;"
!!.3!!.31QRF1QQ11QRF !!.^!!/"6/>E6/>E6/>E !!/%!!/&6/>E6/>E6/>E !!/*!!/,1QS51QQ11QS5 !!/.!!/.1QQ11QS'1QQ1 !!/5!!/51QQ11QQW1QQ1
!!/7!!/91QQ11QQV1QQ1 !!/;!!/;1QQ11QR21QQ1 !!/=!!/>1QQ11QR11QQ1 !!/@!!/P1QQ11QQQ1QQ1 !!/R!!/Z1QQ11QQQ1QQ1 !!/[!!/[1QPJ1QQ11QPJ
!!/\!!/^1QPK1QQ11QPK !!0!!!011QPP1QQ11QPP !!02!!021QPQ1QQ11QPQ !!03!!0;1QPP1QQ11QPP !!0<!!0<1QP01QQ11QP0 !!0=!!0>1QP11QQ11QP1
!!0?!!0?1QQ11QQ91QQ1 !!0@!!0@1QP21QQ11QP2 !!0A!!0A1QP71QQ11QP7 !!0E!!0E1QPA1QQ11QPA !!0F!!0F1QP:1QQ11QP: !!0G!!0G1QQ)1QQ11QQ)
!!0H!!0_6/>E6/>E6/>E !!1!!!1!1QOY1QQ11QOY !!1"!!1"1QO_1QQ11QO_ !!1#!!1#1QQ81QQ11QQ8 !!1$!!1$1QO;1QQ11QO; !!1%!!1%1QQ11QP41QQ1
!!1&!!1&1QOO1QQ11QOO !!1(!!1)6/>E6/>E6/>E !!1*!!1*1QQ11QQ*1QQ1 !!1+!!1,6/>E6/>E6/>E !!1.!!101QQ11QO-1QQ1 !!11!!1@1QQ11QRB1QQ1
!!1A!!2!1QQ11QQQ1QQ1 !!2"!!2A1QPP1QQ11QPP !!2B!!2Q1QO_1QQ11QO_ !!2R!!346/>E6/>E6/>E !!3=!!436/>E6/>E6/>E !!44!!441QQ11QQ@1QQ1
!!45!!4B6/>E6/>E6/>E !!4C!!4C1QQ"1QQ11QQ" !!4D!!6%6/>E6/>E6/>E !!6'!!6L1QQ11QR"1QQ1 !!6W!!7=1QP@1QQ11QP@ !"%D!"&*1QQ11SFD1QQ1
!"&,!"&,1QQ11SFD1QQ1 !"&2!"&21QQ11SFD1QQ1 !"&5!"&_1RB!1QQ11QQ1 !"'#!"'%1RB!1QQ11QQ1 !"1P!"3!1QQ11[D*1QQ1 !"3"!"3'1QQ11QQ91QQ1
!"3*!"3/1QQ)1QQ11QQ) !"UT!"UT1P,_1QQ11P,_ !"UU!"UU1P-!1QQ11P-! !"UV!"UV1P-*1QQ11P-* !"UW!"UX1P-,1QQ11P-, !"UY!"UY1P-+1QQ11P-+
!"UZ!"UZ1P-21QQ11P-2 !"U[!"U[1P.*1QQ11P.* !"U\!"U\1ZJ#1QQ11ZJ# !"U]!"U^6/>E6/>E6/>E !"V%!"VO1QQ11Q!A1QQ1 !"VR!"VT1QQ11Q!A1QQ1
!"YQ!"YQ1ZK&1QQ11ZK& !"YU!"YU1RNS1QQ11RNS !"Z'!"Z'1ZKZ1QQ11ZKZ !"[Z!"^26/>E6/>E6/>E !"^8!"^81QP51QQ11QP5 !"^;!"^;1QQ11OV91QQ1
!"^=!"_]6/>E6/>E6/>E !"_^!#!&1QQ91QQ11QQ9 !#!'!#!.1QQ11QQ)1QQ1 !#!/!#!41QQ91QQ11QQ9 !#!7!#!<1QQ11QQ)1QQ1 !#!?!#!F1QQ91QQ11QQ9
!#!G!#!N1QQ11QQ)1QQ1 !#!O!#!V1QQ91QQ11QQ9 !#!W!#!^1QQ11QQ)1QQ1 !#!_!#"%1QQ91QQ11QQ9 !#"(!#"-1QQ11QQ)1QQ1 !#"1!#"11QQ91QQ11QQ9
!#"3!#"31QQ91QQ11QQ9 !#"5!#"51QQ91QQ11QQ9 !#"7!#"71QQ91QQ11QQ9 !#"9!#"91QQ11QQ)1QQ1 !#";!#";1QQ11QQ)1QQ1 !#"=!#"=1QQ11QQ)1QQ1
!#"?!#"?1QQ11QQ)1QQ1 !#"@!#"G1QQ91QQ11QQ9 !#"H!#"O1QQ11QQ)1QQ1 !#"P!#"Q1QR<1QQ11QR< !#"R!#"U1QRH1QQ11QRH !#"V!#"W1QRV1QQ11QRV
!#"X!#"Y1QS31QQ11QS3 !#"Z!#"[1QS#1QQ11QS# !#"\!#"]1QS11QQ11QS1 !##!!##(1QQ91QQ11QQ9 !##)!##01QQ11QQ)1QQ1 !##1!##81QQ91QQ11QQ9
!##9!##@1QQ11QQ)1QQ1 !##A!##H1QQ91QQ11QQ9 !##I!##P1QQ11QQ)1QQ1 !##Q!##R1QQ91QQ11QQ9 !##T!##T1QQ:1QQ11QQ: !##Y!##Z1QQ11QQ)1QQ1
!##[!##\1QQ11QP&1QQ1 !##]!##]1QQ11QQ(1QQ1 !##_!##_1O\Y1QQ11O\Y !#$%!#$%1QQ:1QQ11QQ: !#$*!#$-1QQ11QOY1QQ1 !#$.!#$.1QQ11QQ(1QQ1
!#$2!#$31QQ91QQ11QQ9 !#$:!#$;1QQ11QQ)1QQ1 !#$<!#$=1QQ11QOK1QQ1 !#$B!#$C1QQ91QQ11QQ9 !#$G!#$G1QQ81QQ11QQ8 !#$J!#$K1QQ11QQ)1QQ1
!#$L!#$M1QQ11QO?1QQ1 !#$N!#$N1QQ11QQ*1QQ1 !#$U!#$U1QQ:1QQ11QQ: !#$Z!#$[1QQ11QO/1QQ1 !#$\!#$]1QQ11QO11QQ1 !#$^!#$^1QQ11QQ(1QQ1
!#)M!#)M1QQ11OW\1QQ1 !#)Q!#)Q1QQ11OJ-1QQ1 !#)R!#)R1QQ11OL(1QQ1 !#)Y!#)Y1QQ11QQM1QQ1 !#*6!#*61QPT1QQ11QPT !#*H!#*W1QQ11QQA1QQ1
!#*X!#+(1QQ!1QQ11QQ! !#+,!#+-6/>E6/>E6/>E !#8,!#8E1QQ11QQK1QQ1 !#8F!#8_1QPV1QQ11QPV !#US!#VC1QQ11QR"1QQ1 !#VD!#W41QP@1QQ11QP@
!#W5!#W66/>E6/>E6/>E !#W7!#W71QQ11O$O1QQ1 !#W8!#W81QQ11PSN1QQ1 !#W9!#W91QQ11O$_1QQ1 !#W:!#W:1O#Z1QQ11O#Z !#W;!#W;1O#]1QQ11O#]
!#W<!#WA6/>E6/>E6/>E !#WB!#WB1QQ11O$*1QQ1 !#WC!#WC1QQ11O$I1QQ1 !#WD!#WD1QQ11O$'1QQ1 !#WE!#WE1QQ11O$(1QQ1 !#WG!#WH6/>E6/>E6/>E
!#WJ!#WK6/>E6/>E6/>E !#WS!#WT1QQ11O#F1QQ1 !#WU!#Y:6/>E6/>E6/>E !#YB!#YE6/>E6/>E6/>E !#YI!#YJ6/>E6/>E6/>E !#YW!#Z=1O[]1QQ11O[]
!#Z?!#Z?1O[]1QQ11O[] !#ZE!#ZE1O[]1QQ11O[] !+ND!+O26/>E6/>E6/>E !+OE!+P!6/>E6/>E6/>E !+R*!+R76/>E6/>E6/>E !+R:!+S86/>E6/>E6/>E
!+SB!+SE6/>E6/>E6/>E !+SF!+SF1QQ11HW<1QQ1 !+SG!+SP6/>E6/>E6/>E !+ST!+SU6/>E6/>E6/>E !+SV!+SV1QQ11G(*1QQ1 !+SY!+S\6/>E6/>E6/>E
!+S]!+S]1QR"1QQ11QR" !+S_!+T36/>E6/>E6/>E !+T4!+T41QQ11G'M1QQ1 !+T5!+T51QQ11G'B1QQ1 !+T6!+T61QQ11G'F1QQ1 !+T7!+T71QQ11G'P1QQ1
!+T8!+T81QQ11G'M1QQ1 !+T:!+T:1QQ11G(@1QQ1 !+T;!+T;1QQ11G((1QQ1 !+T<!+T<1QQ11G(=1QQ1 !+T=!+T=1QQ11Q__1QQ1 !+T>!+TM6/>E6/>E6/>E
!+TN!+TN1QQ11QP@1QQ1 !+TO!+TO1QQ11G'N1QQ1 !+TP!+TP1QQ11HVG1QQ1 !+TQ!+TT6/>E6/>E6/>E !+TU!+TU1QQ11G'*1QQ1 !+TV!+U&6/>E6/>E6/>E
!+U'!+U'1QQ11G#L1QQ1 !+U@!+UA6/>E6/>E6/>E !,$,!,$,1QBB1QQ11QBB !,$I!,%Y1G^81QQ11G^8 !1=N!1>(1QQ11QQQ1QQ1 !1>/!1>H1QPP1QQ11QPP
!1QA!1R)1QQ11QQY1QQ1 !1R*!1RQ1QPH1QQ11QPH !1T4!1TW1QQ11QQY1QQ1 !1T\!1U@1QPH1QQ11QPH !1W7!1WA1QQ11QQX1QQ1 !1WC!1WQ1QQ11QQX1QQ1
!1WS!1WY1QQ11QQX1QQ1 !1W[!1W\1QQ11QQX1QQ1 !1W^!1X)1QPI1QQ11QPI !1X+!1X91QPI1QQ11QPI !1X;!1XA1QPI1QQ11QPI !1XC!1XD1QPI1QQ11QPI
!25$!25V1QQ11QR21QQ1 !26%!26W1QP01QQ11QP0 !287!28L1QQ11QQQ1QQ1 !28W!29-1QPP1QQ11QPP !3'5!3'T1QQ11QQQ1QQ1 !3'U!3(51QPP1QQ11QPP
!8H1!8HP1QQ11QQQ1QQ1 !8HQ!8I11QPP1QQ11QPP !8IR!8J+1QQ11QQL1QQ1 !8J.!8JF1QPU1QQ11QPU !@C$!@CE1QQ11QQS1QQ1 !@CF!@D(1QPN1QQ11QPN
`

// foldTable is the part of Go's caseOrbit that SimpleFold cannot derive
// from caseTable (44 pairs).
const foldTable = `
!!"M!#)Q !!"U!!'& !!$C!"^; !!$I!#)R !!%U!!%U !!%V!!%V
!!(,!!(- !!(/!!(0 !!(2!!(3 !!(Y!!(Z !!/?!#$5 !!/R!!02
!!/_!#$E !!0"!!0@ !!0%!!1& !!0(!!0A !!0)!##_ !!0*!!1!
!!0,!!#X !!00!!0F !!01!!1" !!02!!03 !!06!!0E !!09!#)M
!!0A!!1% !!1%!!/G !!2$!"UT !!2&!"UU !!20!"UV !!23!"UW
!!24!"UX !!2<!"UZ !!2U!"U[ !"UX!"UY !"]=!"^8 !##_!!.3
!#$5!!/? !#$E!!/_ !#)M!!/X !#)Q!!"- !#)R!!$) !+NO!"U\
!1-"!1-# !1-#!1-"
`

// END TABLES
