import {test} from 'node:test';
import assert from 'node:assert/strict';
import {asciiJson} from '../../src/static/ascii-json.js';

const ascii = /^[\t\n\r\x20-\x7e]*$/;

test('asciiJson writes every non-ASCII character and every < as \\uXXXX, and reads back as the value', () => {
  const value = {name: {'zh-Hant': '參與共建的商戶', 'zh-Hans': '参与共建的商户'}, note: '</script><!-- 𠀋 é', n: [1, 2.5, null, true]};
  const text = asciiJson(value);
  assert.match(text, ascii);
  assert.ok(!text.includes('<'), text);
  assert.deepEqual(JSON.parse(text), value);
  // Golden: 參 is U+53C3, 𠀋 (outside the BMP) its two UTF-16 halves.
  assert.equal(asciiJson('參<𠀋'), '"\\u53c3\\u003c\\ud840\\udc0b"');
  assert.equal(asciiJson({a: 'x'}, 2), '{\n  "a": "x"\n}');
});

test('without the escapes the same JSON is not ASCII and holds a </script> (what asciiJson prevents)', () => {
  const raw = JSON.stringify({t: '個</script>'});
  assert.doesNotMatch(raw, ascii);
  assert.ok(raw.includes('</script>'));
  assert.notEqual(asciiJson({t: '個</script>'}), raw);
});
