import{a as iy,b as ry,c as ny,d as sy,e as oy,f as ay,g as cy,h as ly,i as fy,j as uy,k as dy,l as hy,m as py,o as my,p as gy}from"./map-chunk-67YVJVHT.js";import{a as Sl,b as Pl}from"./map-chunk-QWW5BY5Z.js";import{h as Py}from"./map-chunk-AW5WTTF4.js";import{a as vy,d as _y,e as xy,f as gn,g as bl,h as Le,i as wl,j as by,k as wy,l as ne,m as xo,o as ch,q as be,r as El,s as Sy}from"./map-chunk-QWSJRWA2.js";import{b as ss,c as xl,d as sh,e as oh,g as Jt,j as yy,k as ah,w as Ur}from"./map-chunk-ISMYGCQF.js";import{a as ty,b as he,c as ey}from"./map-chunk-T5Z24FFN.js";var Zw=ty((Uc,yd)=>{(function(i){"use strict";var t="Compound",e="Identifier",r="MemberExpression",n="Literal",s="ThisExpression",o="CallExpression",a="UnaryExpression",c="BinaryExpression",l="LogicalExpression",f="ConditionalExpression",u="ArrayExpression",d=46,h=44,p=39,g=34,m=40,_=41,b=91,v=93,x=63,w=59,S=58,E=function(k,I){var Ci=new Error(k+" at character "+I);throw Ci.index=I,Ci.description=k,Ci},T=!0,A={"-":T,"!":T,"~":T,"+":T},P={"||":1,"&&":2,"|":3,"^":4,"&":5,"==":6,"!=":6,"===":6,"!==":6,"<":7,">":7,"<=":7,">=":7,"<<":8,">>":8,">>>":8,"+":9,"-":9,"*":10,"/":10,"%":10},$=function(k){var I=0,Ci;for(var is in k)(Ci=is.length)>I&&k.hasOwnProperty(is)&&(I=Ci);return I},N=$(A),O=$(P),K={true:!0,false:!1,null:null},St="this",dt=function(k){return P[k]||0},gt=function(k,I,Ci){var is=k==="||"||k==="&&"?l:c;return{type:is,operator:k,left:I,right:Ci}},Ze=function(k){return k>=48&&k<=57},Mi=function(k){return k===36||k===95||k>=65&&k<=90||k>=97&&k<=122||k>=128&&!P[String.fromCharCode(k)]},es=function(k){return k===36||k===95||k>=65&&k<=90||k>=97&&k<=122||k>=48&&k<=57||k>=128&&!P[String.fromCharCode(k)]},Ht=function(k){for(var I=0,Ci=k.charAt,is=k.charCodeAt,de=function(L){return Ci.call(k,L)},At=function(L){return is.call(k,L)},vo=k.length,Li=function(){for(var L=At(I);L===32||L===9||L===10||L===13;)L=At(++I)},rs=function(){var L=r1(),z,it;if(Li(),At(I)===x){if(I++,z=rs(),z||E("Expected expression",I),Li(),At(I)===S)return I++,it=rs(),it||E("Expected expression",I),{type:f,test:L,consequent:z,alternate:it};E("Expected :",I)}else return L},qg=function(){Li();for(var L,z=k.substr(I,O),it=z.length;it>0;){if(P.hasOwnProperty(z)&&(!Mi(At(I))||I+z.length<k.length&&!es(At(I+z.length))))return I+=it,z;z=z.substr(0,--it)}return!1},r1=function(){var L,z,it,Kt,re,Oi,Nr,_o,ns,Qg;if(Nr=vl(),it=qg(),!it)return Nr;for(Oi={value:it,prec:dt(it)},_o=vl(),_o||E("Expected expression after "+it,I),re=[Nr,Oi,_o];(it=qg())&&(Kt=dt(it),Kt!==0);){for(Oi={value:it,prec:Kt},Qg=it;re.length>2&&Kt<=re[re.length-2].prec;)_o=re.pop(),it=re.pop().value,Nr=re.pop(),z=gt(it,Nr,_o),re.push(z);z=vl(),z||E("Expected expression after "+Qg,I),re.push(Oi,z)}for(ns=re.length-1,z=re[ns];ns>1;)z=gt(re[ns-1].value,re[ns-2],z),ns-=2;return z},vl=function(){var L,z,it;if(Li(),L=At(I),Ze(L)||L===d)return n1();if(L===p||L===g)return s1();if(L===b)return c1();for(z=k.substr(I,N),it=z.length;it>0;){if(A.hasOwnProperty(z)&&(!Mi(At(I))||I+z.length<k.length&&!es(At(I+z.length))))return I+=it,{type:a,operator:z,argument:vl(),prefix:!0};z=z.substr(0,--it)}return Mi(L)||L===m?o1():!1},n1=function(){for(var L="",z,it;Ze(At(I));)L+=de(I++);if(At(I)===d)for(L+=de(I++);Ze(At(I));)L+=de(I++);if(z=de(I),z==="e"||z==="E"){for(L+=de(I++),z=de(I),(z==="+"||z==="-")&&(L+=de(I++));Ze(At(I));)L+=de(I++);Ze(At(I-1))||E("Expected exponent ("+L+de(I)+")",I)}return it=At(I),Mi(it)?E("Variable names cannot start with a number ("+L+de(I)+")",I):it===d&&E("Unexpected period",I),{type:n,value:parseFloat(L),raw:L}},s1=function(){for(var L="",z=de(I++),it=!1,Kt;I<vo;)if(Kt=de(I++),Kt===z){it=!0;break}else if(Kt==="\\")switch(Kt=de(I++),Kt){case"n":L+=`
`;break;case"r":L+="\r";break;case"t":L+="	";break;case"b":L+="\b";break;case"f":L+="\f";break;case"v":L+="\v";break;default:L+=Kt}else L+=Kt;return it||E('Unclosed quote after "'+L+'"',I),{type:n,value:L,raw:z+L+z}},Xg=function(){var L=At(I),z=I,it;for(Mi(L)?I++:E("Unexpected "+de(I),I);I<vo&&(L=At(I),es(L));)I++;return it=k.slice(z,I),K.hasOwnProperty(it)?{type:n,value:K[it],raw:it}:it===St?{type:s}:{type:e,name:it}},Kg=function(L){for(var z,it=[],Kt,re=!1,Oi=0;I<vo;)if(Li(),z=At(I),z===L){re=!0,I++,L===_&&Oi&&Oi>=it.length&&E("Unexpected token "+String.fromCharCode(L),I);break}else if(z===h){if(I++,Oi++,Oi!==it.length){if(L===_)E("Unexpected token ,",I);else if(L===v)for(var Nr=it.length;Nr<Oi;Nr++)it.push(null)}}else Kt=rs(),(!Kt||Kt.type===t)&&E("Expected comma",I),it.push(Kt);return re||E("Expected "+String.fromCharCode(L),I),it},o1=function(){var L,z;for(L=At(I),L===m?z=a1():z=Xg(),Li(),L=At(I);L===d||L===b||L===m;)I++,L===d?(Li(),z={type:r,computed:!1,object:z,property:Xg()}):L===b?(z={type:r,computed:!0,object:z,property:rs()},Li(),L=At(I),L!==v&&E("Unclosed [",I),I++):L===m&&(z={type:o,arguments:Kg(_),callee:z}),Li(),L=At(I);return z},a1=function(){I++;var L=rs();if(Li(),At(I)===_)return I++,L;E("Unclosed (",I)},c1=function(){return I++,{type:u,elements:Kg(v)}},_l=[],nh,Jg;I<vo;)nh=At(I),nh===w||nh===h?I++:(Jg=rs())?_l.push(Jg):I<vo&&E('Unexpected "'+de(I)+'"',I);return _l.length===1?_l[0]:{type:t,body:_l}};if(Ht.version="0.3.5",Ht.toString=function(){return"JavaScript Expression Parser (JSEP) v"+Ht.version},Ht.addUnaryOp=function(k){return N=Math.max(k.length,N),A[k]=T,this},Ht.addBinaryOp=function(k,I){return O=Math.max(k.length,O),P[k]=I,this},Ht.addLiteral=function(k,I){return K[k]=I,this},Ht.removeUnaryOp=function(k){return delete A[k],k.length===N&&(N=$(A)),this},Ht.removeAllUnaryOps=function(){return A={},N=0,this},Ht.removeBinaryOp=function(k){return delete P[k],k.length===O&&(O=$(P)),this},Ht.removeAllBinaryOps=function(){return P={},O=0,this},Ht.removeLiteral=function(k){return delete K[k],this},Ht.removeAllLiterals=function(){return K={},this},typeof Uc>"u"){var i1=i.jsep;i.jsep=Ht,Ht.noConflict=function(){return i.jsep===Ht&&(i.jsep=i1),Ht}}else typeof yd<"u"&&yd.exports?Uc=yd.exports=Ht:Uc.parse=Ht})(Uc)});var jS=ty((Bit,zg)=>{"use strict";zg.exports=Md;zg.exports.default=Md;function Md(i,t,e){e=e||2;var r=t&&t.length,n=r?t[0]*e:i.length,s=US(i,0,n,e,!0),o=[];if(!s||s.next===s.prev)return o;var a,c,l,f,u,d,h;if(r&&(s=w3(i,t,s,e)),i.length>80*e){a=l=i[0],c=f=i[1];for(var p=e;p<n;p+=e)u=i[p],d=i[p+1],u<a&&(a=u),d<c&&(c=d),u>l&&(l=u),d>f&&(f=d);h=Math.max(l-a,f-c),h=h!==0?32767/h:0}return el(s,o,e,a,c,h,0),o}function US(i,t,e,r,n){var s,o;if(n===Ug(i,t,e,r)>0)for(s=t;s<e;s+=r)o=NS(s,i[s],i[s+1],o);else for(s=e-r;s>=t;s-=r)o=NS(s,i[s],i[s+1],o);return o&&Cd(o,o.next)&&(rl(o),o=o.next),o}function Qn(i,t){if(!i)return i;t||(t=i);var e=i,r;do if(r=!1,!e.steiner&&(Cd(e,e.next)||Ot(e.prev,e,e.next)===0)){if(rl(e),e=t=e.prev,e===e.next)break;r=!0}else e=e.next;while(r||e!==t);return t}function el(i,t,e,r,n,s,o){if(i){!o&&s&&T3(i,r,n,s);for(var a=i,c,l;i.prev!==i.next;){if(c=i.prev,l=i.next,s?_3(i,r,n,s):v3(i)){t.push(c.i/e|0),t.push(i.i/e|0),t.push(l.i/e|0),rl(i),i=l.next,a=l.next;continue}if(i=l,i===a){o?o===1?(i=x3(Qn(i),t,e),el(i,t,e,r,n,s,2)):o===2&&b3(i,t,e,r,n,s):el(Qn(i),t,e,r,n,s,1);break}}}}function v3(i){var t=i.prev,e=i,r=i.next;if(Ot(t,e,r)>=0)return!1;for(var n=t.x,s=e.x,o=r.x,a=t.y,c=e.y,l=r.y,f=n<s?n<o?n:o:s<o?s:o,u=a<c?a<l?a:l:c<l?c:l,d=n>s?n>o?n:o:s>o?s:o,h=a>c?a>l?a:l:c>l?c:l,p=r.next;p!==t;){if(p.x>=f&&p.x<=d&&p.y>=u&&p.y<=h&&uo(n,a,s,c,o,l,p.x,p.y)&&Ot(p.prev,p,p.next)>=0)return!1;p=p.next}return!0}function _3(i,t,e,r){var n=i.prev,s=i,o=i.next;if(Ot(n,s,o)>=0)return!1;for(var a=n.x,c=s.x,l=o.x,f=n.y,u=s.y,d=o.y,h=a<c?a<l?a:l:c<l?c:l,p=f<u?f<d?f:d:u<d?u:d,g=a>c?a>l?a:l:c>l?c:l,m=f>u?f>d?f:d:u>d?u:d,_=Fg(h,p,t,e,r),b=Fg(g,m,t,e,r),v=i.prevZ,x=i.nextZ;v&&v.z>=_&&x&&x.z<=b;){if(v.x>=h&&v.x<=g&&v.y>=p&&v.y<=m&&v!==n&&v!==o&&uo(a,f,c,u,l,d,v.x,v.y)&&Ot(v.prev,v,v.next)>=0||(v=v.prevZ,x.x>=h&&x.x<=g&&x.y>=p&&x.y<=m&&x!==n&&x!==o&&uo(a,f,c,u,l,d,x.x,x.y)&&Ot(x.prev,x,x.next)>=0))return!1;x=x.nextZ}for(;v&&v.z>=_;){if(v.x>=h&&v.x<=g&&v.y>=p&&v.y<=m&&v!==n&&v!==o&&uo(a,f,c,u,l,d,v.x,v.y)&&Ot(v.prev,v,v.next)>=0)return!1;v=v.prevZ}for(;x&&x.z<=b;){if(x.x>=h&&x.x<=g&&x.y>=p&&x.y<=m&&x!==n&&x!==o&&uo(a,f,c,u,l,d,x.x,x.y)&&Ot(x.prev,x,x.next)>=0)return!1;x=x.nextZ}return!0}function x3(i,t,e){var r=i;do{var n=r.prev,s=r.next.next;!Cd(n,s)&&zS(n,r,r.next,s)&&il(n,s)&&il(s,n)&&(t.push(n.i/e|0),t.push(r.i/e|0),t.push(s.i/e|0),rl(r),rl(r.next),r=i=s),r=r.next}while(r!==i);return Qn(r)}function b3(i,t,e,r,n,s){var o=i;do{for(var a=o.next.next;a!==o.prev;){if(o.i!==a.i&&C3(o,a)){var c=VS(o,a);o=Qn(o,o.next),c=Qn(c,c.next),el(o,t,e,r,n,s,0),el(c,t,e,r,n,s,0);return}a=a.next}o=o.next}while(o!==i)}function w3(i,t,e,r){var n=[],s,o,a,c,l;for(s=0,o=t.length;s<o;s++)a=t[s]*r,c=s<o-1?t[s+1]*r:i.length,l=US(i,a,c,r,!1),l===l.next&&(l.steiner=!0),n.push(M3(l));for(n.sort(S3),s=0;s<n.length;s++)e=P3(n[s],e);return e}function S3(i,t){return i.x-t.x}function P3(i,t){var e=E3(i,t);if(!e)return t;var r=VS(e,i);return Qn(r,r.next),Qn(e,e.next)}function E3(i,t){var e=t,r=i.x,n=i.y,s=-1/0,o;do{if(n<=e.y&&n>=e.next.y&&e.next.y!==e.y){var a=e.x+(n-e.y)*(e.next.x-e.x)/(e.next.y-e.y);if(a<=r&&a>s&&(s=a,o=e.x<e.next.x?e:e.next,a===r))return o}e=e.next}while(e!==t);if(!o)return null;var c=o,l=o.x,f=o.y,u=1/0,d;e=o;do r>=e.x&&e.x>=l&&r!==e.x&&uo(n<f?r:s,n,l,f,n<f?s:r,n,e.x,e.y)&&(d=Math.abs(n-e.y)/(r-e.x),il(e,i)&&(d<u||d===u&&(e.x>o.x||e.x===o.x&&I3(o,e)))&&(o=e,u=d)),e=e.next;while(e!==c);return o}function I3(i,t){return Ot(i.prev,i,t.prev)<0&&Ot(t.next,i,i.next)<0}function T3(i,t,e,r){var n=i;do n.z===0&&(n.z=Fg(n.x,n.y,t,e,r)),n.prevZ=n.prev,n.nextZ=n.next,n=n.next;while(n!==i);n.prevZ.nextZ=null,n.prevZ=null,A3(n)}function A3(i){var t,e,r,n,s,o,a,c,l=1;do{for(e=i,i=null,s=null,o=0;e;){for(o++,r=e,a=0,t=0;t<l&&(a++,r=r.nextZ,!!r);t++);for(c=l;a>0||c>0&&r;)a!==0&&(c===0||!r||e.z<=r.z)?(n=e,e=e.nextZ,a--):(n=r,r=r.nextZ,c--),s?s.nextZ=n:i=n,n.prevZ=s,s=n;e=r}s.nextZ=null,l*=2}while(o>1);return i}function Fg(i,t,e,r,n){return i=(i-e)*n|0,t=(t-r)*n|0,i=(i|i<<8)&16711935,i=(i|i<<4)&252645135,i=(i|i<<2)&858993459,i=(i|i<<1)&1431655765,t=(t|t<<8)&16711935,t=(t|t<<4)&252645135,t=(t|t<<2)&858993459,t=(t|t<<1)&1431655765,i|t<<1}function M3(i){var t=i,e=i;do(t.x<e.x||t.x===e.x&&t.y<e.y)&&(e=t),t=t.next;while(t!==i);return e}function uo(i,t,e,r,n,s,o,a){return(n-o)*(t-a)>=(i-o)*(s-a)&&(i-o)*(r-a)>=(e-o)*(t-a)&&(e-o)*(s-a)>=(n-o)*(r-a)}function C3(i,t){return i.next.i!==t.i&&i.prev.i!==t.i&&!L3(i,t)&&(il(i,t)&&il(t,i)&&O3(i,t)&&(Ot(i.prev,i,t.prev)||Ot(i,t.prev,t))||Cd(i,t)&&Ot(i.prev,i,i.next)>0&&Ot(t.prev,t,t.next)>0)}function Ot(i,t,e){return(t.y-i.y)*(e.x-t.x)-(t.x-i.x)*(e.y-t.y)}function Cd(i,t){return i.x===t.x&&i.y===t.y}function zS(i,t,e,r){var n=Ad(Ot(i,t,e)),s=Ad(Ot(i,t,r)),o=Ad(Ot(e,r,i)),a=Ad(Ot(e,r,t));return!!(n!==s&&o!==a||n===0&&Td(i,e,t)||s===0&&Td(i,r,t)||o===0&&Td(e,i,r)||a===0&&Td(e,t,r))}function Td(i,t,e){return t.x<=Math.max(i.x,e.x)&&t.x>=Math.min(i.x,e.x)&&t.y<=Math.max(i.y,e.y)&&t.y>=Math.min(i.y,e.y)}function Ad(i){return i>0?1:i<0?-1:0}function L3(i,t){var e=i;do{if(e.i!==i.i&&e.next.i!==i.i&&e.i!==t.i&&e.next.i!==t.i&&zS(e,e.next,i,t))return!0;e=e.next}while(e!==i);return!1}function il(i,t){return Ot(i.prev,i,i.next)<0?Ot(i,t,i.next)>=0&&Ot(i,i.prev,t)>=0:Ot(i,t,i.prev)<0||Ot(i,i.next,t)<0}function O3(i,t){var e=i,r=!1,n=(i.x+t.x)/2,s=(i.y+t.y)/2;do e.y>s!=e.next.y>s&&e.next.y!==e.y&&n<(e.next.x-e.x)*(s-e.y)/(e.next.y-e.y)+e.x&&(r=!r),e=e.next;while(e!==i);return r}function VS(i,t){var e=new Ng(i.i,i.x,i.y),r=new Ng(t.i,t.x,t.y),n=i.next,s=t.prev;return i.next=t,t.prev=i,e.next=n,n.prev=e,r.next=e,e.prev=r,s.next=r,r.prev=s,r}function NS(i,t,e,r){var n=new Ng(i,t,e);return r?(n.next=r.next,n.prev=r,r.next.prev=n,r.next=n):(n.prev=n,n.next=n),n}function rl(i){i.next.prev=i.prev,i.prev.next=i.next,i.prevZ&&(i.prevZ.nextZ=i.nextZ),i.nextZ&&(i.nextZ.prevZ=i.prevZ)}function Ng(i,t,e){this.i=i,this.x=t,this.y=e,this.prev=null,this.next=null,this.z=0,this.prevZ=null,this.nextZ=null,this.steiner=!1}Md.deviation=function(i,t,e,r){var n=t&&t.length,s=n?t[0]*e:i.length,o=Math.abs(Ug(i,0,s,e));if(n)for(var a=0,c=t.length;a<c;a++){var l=t[a]*e,f=a<c-1?t[a+1]*e:i.length;o-=Math.abs(Ug(i,l,f,e))}var u=0;for(a=0;a<r.length;a+=3){var d=r[a]*e,h=r[a+1]*e,p=r[a+2]*e;u+=Math.abs((i[d]-i[p])*(i[h+1]-i[d+1])-(i[d]-i[h])*(i[p+1]-i[d+1]))}return o===0&&u===0?0:Math.abs((u-o)/o)};function Ug(i,t,e,r){for(var n=0,s=t,o=e-r;s<e;s+=r)n+=(i[o]-i[s])*(i[s+1]+i[o+1]),o=s;return n}Md.flatten=function(i){for(var t=i[0][0].length,e={vertices:[],holes:[],dimensions:t},r=0,n=0;n<i.length;n++){for(var s=0;s<i[n].length;s++)for(var o=0;o<t;o++)e.vertices.push(i[n][s][o]);n>0&&(r+=i[n-1].length,e.holes.push(r))}return e}});function Iy(i,t){var e={};for(var r in i)Object.prototype.hasOwnProperty.call(i,r)&&t.indexOf(r)<0&&(e[r]=i[r]);if(i!=null&&typeof Object.getOwnPropertySymbols=="function")for(var n=0,r=Object.getOwnPropertySymbols(i);n<r.length;n++)t.indexOf(r[n])<0&&Object.prototype.propertyIsEnumerable.call(i,r[n])&&(e[r[n]]=i[r[n]]);return e}function B(i,t,e,r){function n(s){return s instanceof e?s:new e(function(o){o(s)})}return new(e||(e=Promise))(function(s,o){function a(f){try{l(r.next(f))}catch(u){o(u)}}function c(f){try{l(r.throw(f))}catch(u){o(u)}}function l(f){f.done?s(f.value):n(f.value).then(a,c)}l((r=r.apply(i,t||[])).next())})}function Ey(i){var t=typeof Symbol=="function"&&Symbol.iterator,e=t&&i[t],r=0;if(e)return e.call(i);if(i&&typeof i.length=="number")return{next:function(){return i&&r>=i.length&&(i=void 0),{value:i&&i[r++],done:!i}}};throw new TypeError(t?"Object is not iterable.":"Symbol.iterator is not defined.")}function rt(i){return this instanceof rt?(this.v=i,this):new rt(i)}function Oe(i,t,e){if(!Symbol.asyncIterator)throw new TypeError("Symbol.asyncIterator is not defined.");var r=e.apply(i,t||[]),n,s=[];return n=Object.create((typeof AsyncIterator=="function"?AsyncIterator:Object).prototype),a("next"),a("throw"),a("return",o),n[Symbol.asyncIterator]=function(){return this},n;function o(h){return function(p){return Promise.resolve(p).then(h,u)}}function a(h,p){r[h]&&(n[h]=function(g){return new Promise(function(m,_){s.push([h,g,m,_])>1||c(h,g)})},p&&(n[h]=p(n[h])))}function c(h,p){try{l(r[h](p))}catch(g){d(s[0][3],g)}}function l(h){h.value instanceof rt?Promise.resolve(h.value.v).then(f,u):d(s[0][2],h)}function f(h){c("next",h)}function u(h){c("throw",h)}function d(h,p){h(p),s.shift(),s.length&&c(s[0][0],s[0][1])}}function os(i){var t,e;return t={},r("next"),r("throw",function(n){throw n}),r("return"),t[Symbol.iterator]=function(){return this},t;function r(n,s){t[n]=i[n]?function(o){return(e=!e)?{value:rt(i[n](o)),done:!1}:s?s(o):o}:s}}function ci(i){if(!Symbol.asyncIterator)throw new TypeError("Symbol.asyncIterator is not defined.");var t=i[Symbol.asyncIterator],e;return t?t.call(i):(i=typeof Ey=="function"?Ey(i):i[Symbol.iterator](),e={},r("next"),r("throw"),r("return"),e[Symbol.asyncIterator]=function(){return this},e);function r(s){e[s]=i[s]&&function(o){return new Promise(function(a,c){o=i[s](o),n(a,c,o.done,o.value)})}}function n(s,o,a,c){Promise.resolve(c).then(function(l){s({value:l,done:a})},o)}}var ph={};he(ph,{compareArrayLike:()=>hh,joinUint8Arrays:()=>De,memcpy:()=>wo,rebaseValueOffsets:()=>Ol,toArrayBufferView:()=>st,toArrayBufferViewAsyncIterator:()=>fi,toArrayBufferViewIterator:()=>Bi,toBigInt64Array:()=>So,toBigUint64Array:()=>g1,toFloat32Array:()=>y1,toFloat32ArrayAsyncIterator:()=>B1,toFloat32ArrayIterator:()=>E1,toFloat64Array:()=>v1,toFloat64ArrayAsyncIterator:()=>R1,toFloat64ArrayIterator:()=>I1,toInt16Array:()=>h1,toInt16ArrayAsyncIterator:()=>M1,toInt16ArrayIterator:()=>b1,toInt32Array:()=>yn,toInt32ArrayAsyncIterator:()=>C1,toInt32ArrayIterator:()=>w1,toInt8Array:()=>d1,toInt8ArrayAsyncIterator:()=>A1,toInt8ArrayIterator:()=>x1,toUint16Array:()=>p1,toUint16ArrayAsyncIterator:()=>L1,toUint16ArrayIterator:()=>S1,toUint32Array:()=>m1,toUint32ArrayAsyncIterator:()=>O1,toUint32ArrayIterator:()=>P1,toUint8Array:()=>U,toUint8ArrayAsyncIterator:()=>dh,toUint8ArrayIterator:()=>uh,toUint8ClampedArray:()=>_1,toUint8ClampedArrayAsyncIterator:()=>D1,toUint8ClampedArrayIterator:()=>T1});var Ty=new TextDecoder("utf-8"),as=Ty.decode.bind(Ty),l1=new TextEncoder,Be=i=>l1.encode(i);var f1=i=>typeof i=="number",Ay=i=>typeof i=="boolean",Vt=i=>typeof i=="function",pe=i=>i!=null&&Object(i)===i,Re=i=>pe(i)&&Vt(i.then);var li=i=>pe(i)&&Vt(i[Symbol.iterator]),qe=i=>pe(i)&&Vt(i[Symbol.asyncIterator]),Il=i=>pe(i)&&pe(i.schema);var Tl=i=>pe(i)&&"done"in i&&"value"in i;var Al=i=>pe(i)&&Vt(i.stat)&&f1(i.fd);var Ml=i=>pe(i)&&bo(i.body),Cl=i=>"_getDOMStream"in i&&"_getNodeStream"in i,My=i=>pe(i)&&Vt(i.abort)&&Vt(i.getWriter)&&!Cl(i),bo=i=>pe(i)&&Vt(i.cancel)&&Vt(i.getReader)&&!Cl(i),Cy=i=>pe(i)&&Vt(i.end)&&Vt(i.write)&&Ay(i.writable)&&!Cl(i),Ll=i=>pe(i)&&Vt(i.read)&&Vt(i.pipe)&&Ay(i.readable)&&!Cl(i),Ly=i=>pe(i)&&Vt(i.clear)&&Vt(i.bytes)&&Vt(i.position)&&Vt(i.setPosition)&&Vt(i.capacity)&&Vt(i.getBufferIdentifier)&&Vt(i.createLong);var fh=typeof SharedArrayBuffer<"u"?SharedArrayBuffer:ArrayBuffer;function u1(i){let t=i[0]?[i[0]]:[],e,r,n,s;for(let o,a,c=0,l=0,f=i.length;++c<f;){if(o=t[l],a=i[c],!o||!a||o.buffer!==a.buffer||a.byteOffset<o.byteOffset){a&&(t[++l]=a);continue}if({byteOffset:e,byteLength:n}=o,{byteOffset:r,byteLength:s}=a,e+n<r||r+s<e){a&&(t[++l]=a);continue}t[l]=new Uint8Array(o.buffer,e,r-e+s)}return t}function wo(i,t,e=0,r=t.byteLength){let n=i.byteLength,s=new Uint8Array(i.buffer,i.byteOffset,n),o=new Uint8Array(t.buffer,t.byteOffset,Math.min(r,n));return s.set(o,e),i}function De(i,t){let e=u1(i),r=e.reduce((f,u)=>f+u.byteLength,0),n,s,o,a=0,c=-1,l=Math.min(t||Number.POSITIVE_INFINITY,r);for(let f=e.length;++c<f;){if(n=e[c],s=n.subarray(0,Math.min(n.length,l-a)),l<=a+s.length){s.length<n.length?e[c]=n.subarray(s.length):s.length===n.length&&c++,o?wo(o,s,a):o=s;break}wo(o||(o=new Uint8Array(l)),s,a),a+=s.length}return[o||new Uint8Array(0),e.slice(c),r-(o?o.byteLength:0)]}function st(i,t){let e=Tl(t)?t.value:t;return e instanceof i?i===Uint8Array?new i(e.buffer,e.byteOffset,e.byteLength):e:e?(typeof e=="string"&&(e=Be(e)),e instanceof ArrayBuffer?new i(e):e instanceof fh?new i(e):Ly(e)?st(i,e.bytes()):ArrayBuffer.isView(e)?e.byteLength<=0?new i(0):new i(e.buffer,e.byteOffset,e.byteLength/i.BYTES_PER_ELEMENT):i.from(e)):new i(0)}var d1=i=>st(Int8Array,i),h1=i=>st(Int16Array,i),yn=i=>st(Int32Array,i),So=i=>st(BigInt64Array,i),U=i=>st(Uint8Array,i),p1=i=>st(Uint16Array,i),m1=i=>st(Uint32Array,i),g1=i=>st(BigUint64Array,i),y1=i=>st(Float32Array,i),v1=i=>st(Float64Array,i),_1=i=>st(Uint8ClampedArray,i),lh=i=>(i.next(),i);function*Bi(i,t){let e=function*(n){yield n},r=typeof t=="string"||ArrayBuffer.isView(t)||t instanceof ArrayBuffer||t instanceof fh?e(t):li(t)?t:e(t);return yield*lh((function*(n){let s=null;do s=n.next(yield st(i,s));while(!s.done)})(r[Symbol.iterator]())),new i}var x1=i=>Bi(Int8Array,i),b1=i=>Bi(Int16Array,i),w1=i=>Bi(Int32Array,i),uh=i=>Bi(Uint8Array,i),S1=i=>Bi(Uint16Array,i),P1=i=>Bi(Uint32Array,i),E1=i=>Bi(Float32Array,i),I1=i=>Bi(Float64Array,i),T1=i=>Bi(Uint8ClampedArray,i);function fi(i,t){return Oe(this,arguments,function*(){if(Re(t))return yield rt(yield rt(yield*os(ci(fi(i,yield rt(t))))));let r=function(o){return Oe(this,arguments,function*(){yield yield rt(yield rt(o))})},n=function(o){return Oe(this,arguments,function*(){yield rt(yield*os(ci(lh((function*(a){let c=null;do c=a.next(yield c?.value);while(!c.done)})(o[Symbol.iterator]())))))})},s=typeof t=="string"||ArrayBuffer.isView(t)||t instanceof ArrayBuffer||t instanceof fh?r(t):li(t)?n(t):qe(t)?t:r(t);return yield rt(yield*os(ci(lh((function(o){return Oe(this,arguments,function*(){let a=null;do a=yield rt(o.next(yield yield rt(st(i,a))));while(!a.done)})})(s[Symbol.asyncIterator]()))))),yield rt(new i)})}var A1=i=>fi(Int8Array,i),M1=i=>fi(Int16Array,i),C1=i=>fi(Int32Array,i),dh=i=>fi(Uint8Array,i),L1=i=>fi(Uint16Array,i),O1=i=>fi(Uint32Array,i),B1=i=>fi(Float32Array,i),R1=i=>fi(Float64Array,i),D1=i=>fi(Uint8ClampedArray,i);function Ol(i,t,e){if(i!==0){e=e.slice(0,t);let r=typeof e[0]=="bigint"?BigInt(i):i;for(let n=-1,s=e.length;++n<s;)e[n]+=r}return e.subarray(0,t)}function hh(i,t){let e=0,r=i.length;if(r!==t.length)return!1;if(r>0)do if(i[e]!==t[e])return!1;while(++e<r);return!0}var Qt={fromIterable(i){return Bl(k1(i))},fromAsyncIterable(i){return Bl(F1(i))},fromDOMStream(i){return Bl(N1(i))},fromNodeStream(i){return Bl(U1(i))},toDOMStream(i,t){throw new Error('"toDOMStream" not available in this environment')},toNodeStream(i,t){throw new Error('"toNodeStream" not available in this environment')}},Bl=i=>(i.next(),i);function*k1(i){let t,e=!1,r=[],n,s,o,a=0;function c(){return s==="peek"?De(r,o)[0]:([n,r,a]=De(r,o),n)}({cmd:s,size:o}=(yield null)||{cmd:"read",size:0});let l=uh(i)[Symbol.iterator]();try{do if({done:t,value:n}=Number.isNaN(o-a)?l.next():l.next(o-a),!t&&n.byteLength>0&&(r.push(n),a+=n.byteLength),t||o<=a)do({cmd:s,size:o}=yield c());while(o<a);while(!t)}catch(f){e=!0,typeof l.throw=="function"&&l.throw(f)}finally{e===!1&&typeof l.return=="function"&&l.return(null)}return null}function F1(i){return Oe(this,arguments,function*(){let e,r=!1,n=[],s,o,a,c=0;function l(){return o==="peek"?De(n,a)[0]:([s,n,c]=De(n,a),s)}({cmd:o,size:a}=(yield yield rt(null))||{cmd:"read",size:0});let f=dh(i)[Symbol.asyncIterator]();try{do if({done:e,value:s}=Number.isNaN(a-c)?yield rt(f.next()):yield rt(f.next(a-c)),!e&&s.byteLength>0&&(n.push(s),c+=s.byteLength),e||a<=c)do({cmd:o,size:a}=yield yield rt(l()));while(a<c);while(!e)}catch(u){r=!0,typeof f.throw=="function"&&(yield rt(f.throw(u)))}finally{r===!1&&typeof f.return=="function"&&(yield rt(f.return(new Uint8Array(0))))}return yield rt(null)})}function N1(i){return Oe(this,arguments,function*(){let e=!1,r=!1,n=[],s,o,a,c=0;function l(){return o==="peek"?De(n,a)[0]:([s,n,c]=De(n,a),s)}({cmd:o,size:a}=(yield yield rt(null))||{cmd:"read",size:0});let f=new gh(i);try{do if({done:e,value:s}=Number.isNaN(a-c)?yield rt(f.read()):yield rt(f.read(a-c)),!e&&s.byteLength>0&&(n.push(U(s)),c+=s.byteLength),e||a<=c)do({cmd:o,size:a}=yield yield rt(l()));while(a<c);while(!e)}catch(u){r=!0,yield rt(f.cancel(u))}finally{r===!1?yield rt(f.cancel()):i.locked&&f.releaseLock()}return yield rt(null)})}var gh=class{constructor(t){this.source=t,this.reader=null,this.reader=this.source.getReader(),this.reader.closed.catch(()=>{})}get closed(){return this.reader?this.reader.closed.catch(()=>{}):Promise.resolve()}releaseLock(){this.reader&&this.reader.releaseLock(),this.reader=null}cancel(t){return B(this,void 0,void 0,function*(){let{reader:e,source:r}=this;e&&(yield e.cancel(t).catch(()=>{})),r&&r.locked&&this.releaseLock()})}read(t){return B(this,void 0,void 0,function*(){if(t===0)return{done:this.reader==null,value:new Uint8Array(0)};let e=yield this.reader.read();return!e.done&&(e.value=U(e)),e})}},mh=(i,t)=>{let e=n=>r([t,n]),r;return[t,e,new Promise(n=>(r=n)&&i.once(t,e))]};function U1(i){return Oe(this,arguments,function*(){let e=[],r="error",n=!1,s=null,o,a,c=0,l=[],f;function u(){return o==="peek"?De(l,a)[0]:([f,l,c]=De(l,a),f)}if({cmd:o,size:a}=(yield yield rt(null))||{cmd:"read",size:0},i.isTTY)return yield yield rt(new Uint8Array(0)),yield rt(null);try{e[0]=mh(i,"end"),e[1]=mh(i,"error");do{if(e[2]=mh(i,"readable"),[r,s]=yield rt(Promise.race(e.map(h=>h[2]))),r==="error")break;if((n=r==="end")||(Number.isFinite(a-c)?(f=U(i.read(a-c)),f.byteLength<a-c&&(f=U(i.read()))):f=U(i.read()),f.byteLength>0&&(l.push(f),c+=f.byteLength)),n||a<=c)do({cmd:o,size:a}=yield yield rt(u()));while(a<c)}while(!n)}finally{yield rt(d(e,r==="error"?s:null))}return yield rt(null);function d(h,p){return f=l=null,new Promise((g,m)=>{for(let[_,b]of h)i.off(_,b);try{let _=i.destroy;_&&_.call(i,p),p=void 0}catch(_){p=_||p}finally{p!=null?m(p):g()}})}})}var yt;(function(i){i[i.V1=0]="V1",i[i.V2=1]="V2",i[i.V3=2]="V3",i[i.V4=3]="V4",i[i.V5=4]="V5"})(yt||(yt={}));var _t;(function(i){i[i.Sparse=0]="Sparse",i[i.Dense=1]="Dense"})(_t||(_t={}));var vt;(function(i){i[i.HALF=0]="HALF",i[i.SINGLE=1]="SINGLE",i[i.DOUBLE=2]="DOUBLE"})(vt||(vt={}));var kt;(function(i){i[i.DAY=0]="DAY",i[i.MILLISECOND=1]="MILLISECOND"})(kt||(kt={}));var F;(function(i){i[i.SECOND=0]="SECOND",i[i.MILLISECOND=1]="MILLISECOND",i[i.MICROSECOND=2]="MICROSECOND",i[i.NANOSECOND=3]="NANOSECOND"})(F||(F={}));var Pt;(function(i){i[i.YEAR_MONTH=0]="YEAR_MONTH",i[i.DAY_TIME=1]="DAY_TIME",i[i.MONTH_DAY_NANO=2]="MONTH_DAY_NANO"})(Pt||(Pt={}));var Ri=new Int32Array(2),Rl=new Float32Array(Ri.buffer),Dl=new Float64Array(Ri.buffer),cs=new Uint16Array(new Uint8Array([1,0]).buffer)[0]===1;var Po;(function(i){i[i.UTF8_BYTES=1]="UTF8_BYTES",i[i.UTF16_STRING=2]="UTF16_STRING"})(Po||(Po={}));var te=class i{constructor(t){this.bytes_=t,this.position_=0,this.text_decoder_=new TextDecoder}static allocate(t){return new i(new Uint8Array(t))}clear(){this.position_=0}bytes(){return this.bytes_}position(){return this.position_}setPosition(t){this.position_=t}capacity(){return this.bytes_.length}readInt8(t){return this.readUint8(t)<<24>>24}readUint8(t){return this.bytes_[t]}readInt16(t){return this.readUint16(t)<<16>>16}readUint16(t){return this.bytes_[t]|this.bytes_[t+1]<<8}readInt32(t){return this.bytes_[t]|this.bytes_[t+1]<<8|this.bytes_[t+2]<<16|this.bytes_[t+3]<<24}readUint32(t){return this.readInt32(t)>>>0}readInt64(t){return BigInt.asIntN(64,BigInt(this.readUint32(t))+(BigInt(this.readUint32(t+4))<<BigInt(32)))}readUint64(t){return BigInt.asUintN(64,BigInt(this.readUint32(t))+(BigInt(this.readUint32(t+4))<<BigInt(32)))}readFloat32(t){return Ri[0]=this.readInt32(t),Rl[0]}readFloat64(t){return Ri[cs?0:1]=this.readInt32(t),Ri[cs?1:0]=this.readInt32(t+4),Dl[0]}writeInt8(t,e){this.bytes_[t]=e}writeUint8(t,e){this.bytes_[t]=e}writeInt16(t,e){this.bytes_[t]=e,this.bytes_[t+1]=e>>8}writeUint16(t,e){this.bytes_[t]=e,this.bytes_[t+1]=e>>8}writeInt32(t,e){this.bytes_[t]=e,this.bytes_[t+1]=e>>8,this.bytes_[t+2]=e>>16,this.bytes_[t+3]=e>>24}writeUint32(t,e){this.bytes_[t]=e,this.bytes_[t+1]=e>>8,this.bytes_[t+2]=e>>16,this.bytes_[t+3]=e>>24}writeInt64(t,e){this.writeInt32(t,Number(BigInt.asIntN(32,e))),this.writeInt32(t+4,Number(BigInt.asIntN(32,e>>BigInt(32))))}writeUint64(t,e){this.writeUint32(t,Number(BigInt.asUintN(32,e))),this.writeUint32(t+4,Number(BigInt.asUintN(32,e>>BigInt(32))))}writeFloat32(t,e){Rl[0]=e,this.writeInt32(t,Ri[0])}writeFloat64(t,e){Dl[0]=e,this.writeInt32(t,Ri[cs?0:1]),this.writeInt32(t+4,Ri[cs?1:0])}getBufferIdentifier(){if(this.bytes_.length<this.position_+4+4)throw new Error("FlatBuffers: ByteBuffer is too short to contain an identifier.");let t="";for(let e=0;e<4;e++)t+=String.fromCharCode(this.readInt8(this.position_+4+e));return t}__offset(t,e){let r=t-this.readInt32(t);return e<this.readInt16(r)?this.readInt16(r+e):0}__union(t,e){return t.bb_pos=e+this.readInt32(e),t.bb=this,t}__string(t,e){t+=this.readInt32(t);let r=this.readInt32(t);t+=4;let n=this.bytes_.subarray(t,t+r);return e===Po.UTF8_BYTES?n:this.text_decoder_.decode(n)}__union_with_string(t,e){return typeof t=="string"?this.__string(e):this.__union(t,e)}__indirect(t){return t+this.readInt32(t)}__vector(t){return t+this.readInt32(t)+4}__vector_len(t){return this.readInt32(t+this.readInt32(t))}__has_identifier(t){if(t.length!=4)throw new Error("FlatBuffers: file identifier must be length "+4);for(let e=0;e<4;e++)if(t.charCodeAt(e)!=this.readInt8(this.position()+4+e))return!1;return!0}createScalarList(t,e){let r=[];for(let n=0;n<e;++n){let s=t(n);s!==null&&r.push(s)}return r}createObjList(t,e){let r=[];for(let n=0;n<e;++n){let s=t(n);s!==null&&r.push(s.unpack())}return r}};var vn=class i{constructor(t){this.minalign=1,this.vtable=null,this.vtable_in_use=0,this.isNested=!1,this.object_start=0,this.vtables=[],this.vector_num_elems=0,this.force_defaults=!1,this.string_maps=null,this.text_encoder=new TextEncoder;let e;t?e=t:e=1024,this.bb=te.allocate(e),this.space=e}clear(){this.bb.clear(),this.space=this.bb.capacity(),this.minalign=1,this.vtable=null,this.vtable_in_use=0,this.isNested=!1,this.object_start=0,this.vtables=[],this.vector_num_elems=0,this.force_defaults=!1,this.string_maps=null}forceDefaults(t){this.force_defaults=t}dataBuffer(){return this.bb}asUint8Array(){return this.bb.bytes().subarray(this.bb.position(),this.bb.position()+this.offset())}prep(t,e){t>this.minalign&&(this.minalign=t);let r=~(this.bb.capacity()-this.space+e)+1&t-1;for(;this.space<r+t+e;){let n=this.bb.capacity();this.bb=i.growByteBuffer(this.bb),this.space+=this.bb.capacity()-n}this.pad(r)}pad(t){for(let e=0;e<t;e++)this.bb.writeInt8(--this.space,0)}writeInt8(t){this.bb.writeInt8(this.space-=1,t)}writeInt16(t){this.bb.writeInt16(this.space-=2,t)}writeInt32(t){this.bb.writeInt32(this.space-=4,t)}writeInt64(t){this.bb.writeInt64(this.space-=8,t)}writeFloat32(t){this.bb.writeFloat32(this.space-=4,t)}writeFloat64(t){this.bb.writeFloat64(this.space-=8,t)}addInt8(t){this.prep(1,0),this.writeInt8(t)}addInt16(t){this.prep(2,0),this.writeInt16(t)}addInt32(t){this.prep(4,0),this.writeInt32(t)}addInt64(t){this.prep(8,0),this.writeInt64(t)}addFloat32(t){this.prep(4,0),this.writeFloat32(t)}addFloat64(t){this.prep(8,0),this.writeFloat64(t)}addFieldInt8(t,e,r){(this.force_defaults||e!=r)&&(this.addInt8(e),this.slot(t))}addFieldInt16(t,e,r){(this.force_defaults||e!=r)&&(this.addInt16(e),this.slot(t))}addFieldInt32(t,e,r){(this.force_defaults||e!=r)&&(this.addInt32(e),this.slot(t))}addFieldInt64(t,e,r){(this.force_defaults||e!==r)&&(this.addInt64(e),this.slot(t))}addFieldFloat32(t,e,r){(this.force_defaults||e!=r)&&(this.addFloat32(e),this.slot(t))}addFieldFloat64(t,e,r){(this.force_defaults||e!=r)&&(this.addFloat64(e),this.slot(t))}addFieldOffset(t,e,r){(this.force_defaults||e!=r)&&(this.addOffset(e),this.slot(t))}addFieldStruct(t,e,r){e!=r&&(this.nested(e),this.slot(t))}nested(t){if(t!=this.offset())throw new TypeError("FlatBuffers: struct must be serialized inline.")}notNested(){if(this.isNested)throw new TypeError("FlatBuffers: object serialization must not be nested.")}slot(t){this.vtable!==null&&(this.vtable[t]=this.offset())}offset(){return this.bb.capacity()-this.space}static growByteBuffer(t){let e=t.capacity();if(e&3221225472)throw new Error("FlatBuffers: cannot grow buffer beyond 2 gigabytes.");let r=e<<1,n=te.allocate(r);return n.setPosition(r-e),n.bytes().set(t.bytes(),r-e),n}addOffset(t){this.prep(4,0),this.writeInt32(this.offset()-t+4)}startObject(t){this.notNested(),this.vtable==null&&(this.vtable=[]),this.vtable_in_use=t;for(let e=0;e<t;e++)this.vtable[e]=0;this.isNested=!0,this.object_start=this.offset()}endObject(){if(this.vtable==null||!this.isNested)throw new Error("FlatBuffers: endObject called without startObject");this.addInt32(0);let t=this.offset(),e=this.vtable_in_use-1;for(;e>=0&&this.vtable[e]==0;e--);let r=e+1;for(;e>=0;e--)this.addInt16(this.vtable[e]!=0?t-this.vtable[e]:0);let n=2;this.addInt16(t-this.object_start);let s=(r+n)*2;this.addInt16(s);let o=0,a=this.space;t:for(e=0;e<this.vtables.length;e++){let c=this.bb.capacity()-this.vtables[e];if(s==this.bb.readInt16(c)){for(let l=2;l<s;l+=2)if(this.bb.readInt16(a+l)!=this.bb.readInt16(c+l))continue t;o=this.vtables[e];break}}return o?(this.space=this.bb.capacity()-t,this.bb.writeInt32(this.space,o-t)):(this.vtables.push(this.offset()),this.bb.writeInt32(this.bb.capacity()-t,this.offset()-t)),this.isNested=!1,t}finish(t,e,r){let n=r?4:0;if(e){let s=e;if(this.prep(this.minalign,8+n),s.length!=4)throw new TypeError("FlatBuffers: file identifier must be length "+4);for(let o=3;o>=0;o--)this.writeInt8(s.charCodeAt(o))}this.prep(this.minalign,4+n),this.addOffset(t),n&&this.addInt32(this.bb.capacity()-this.space),this.bb.setPosition(this.space)}finishSizePrefixed(t,e){this.finish(t,e,!0)}requiredField(t,e){let r=this.bb.capacity()-t,n=r-this.bb.readInt32(r);if(!(e<this.bb.readInt16(n)&&this.bb.readInt16(n+e)!=0))throw new TypeError("FlatBuffers: field "+e+" must be set")}startVector(t,e,r){this.notNested(),this.vector_num_elems=e,this.prep(4,t*e),this.prep(r,t*e)}endVector(){return this.writeInt32(this.vector_num_elems),this.offset()}createSharedString(t){if(!t)return 0;if(this.string_maps||(this.string_maps=new Map),this.string_maps.has(t))return this.string_maps.get(t);let e=this.createString(t);return this.string_maps.set(t,e),e}createString(t){if(t==null)return 0;let e;return t instanceof Uint8Array?e=t:e=this.text_encoder.encode(t),this.addInt8(0),this.startVector(1,e.length,1),this.bb.setPosition(this.space-=e.length),this.bb.bytes().set(e,this.space),this.endVector()}createByteVector(t){return t==null?0:(this.startVector(1,t.length,1),this.bb.setPosition(this.space-=t.length),this.bb.bytes().set(t,this.space),this.endVector())}createObjectOffset(t){return t===null?0:typeof t=="string"?this.createString(t):t.pack(this)}createObjectOffsetList(t){let e=[];for(let r=0;r<t.length;++r){let n=t[r];if(n!==null)e.push(this.createObjectOffset(n));else throw new TypeError("FlatBuffers: Argument for createObjectOffsetList cannot contain null.")}return e}createStructOffsetList(t,e){return e(this,t.length),this.createObjectOffsetList(t.slice().reverse()),this.endVector()}};var _n;(function(i){i[i.BUFFER=0]="BUFFER"})(_n||(_n={}));var me;(function(i){i[i.LZ4_FRAME=0]="LZ4_FRAME",i[i.ZSTD=1]="ZSTD"})(me||(me={}));var er=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsBodyCompression(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsBodyCompression(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}codec(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt8(this.bb_pos+t):me.LZ4_FRAME}method(){let t=this.bb.__offset(this.bb_pos,6);return t?this.bb.readInt8(this.bb_pos+t):_n.BUFFER}static startBodyCompression(t){t.startObject(2)}static addCodec(t,e){t.addFieldInt8(0,e,me.LZ4_FRAME)}static addMethod(t,e){t.addFieldInt8(1,e,_n.BUFFER)}static endBodyCompression(t){return t.endObject()}static createBodyCompression(t,e,r){return i.startBodyCompression(t),i.addCodec(t,e),i.addMethod(t,r),i.endBodyCompression(t)}};var ls=class{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}offset(){return this.bb.readInt64(this.bb_pos)}length(){return this.bb.readInt64(this.bb_pos+8)}static sizeOf(){return 16}static createBuffer(t,e,r){return t.prep(8,16),t.writeInt64(BigInt(r??0)),t.writeInt64(BigInt(e??0)),t.offset()}};var fs=class{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}length(){return this.bb.readInt64(this.bb_pos)}nullCount(){return this.bb.readInt64(this.bb_pos+8)}static sizeOf(){return 16}static createFieldNode(t,e,r){return t.prep(8,16),t.writeInt64(BigInt(r??0)),t.writeInt64(BigInt(e??0)),t.offset()}};var se=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsRecordBatch(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsRecordBatch(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}length(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt64(this.bb_pos+t):BigInt("0")}nodes(t,e){let r=this.bb.__offset(this.bb_pos,6);return r?(e||new fs).__init(this.bb.__vector(this.bb_pos+r)+t*16,this.bb):null}nodesLength(){let t=this.bb.__offset(this.bb_pos,6);return t?this.bb.__vector_len(this.bb_pos+t):0}buffers(t,e){let r=this.bb.__offset(this.bb_pos,8);return r?(e||new ls).__init(this.bb.__vector(this.bb_pos+r)+t*16,this.bb):null}buffersLength(){let t=this.bb.__offset(this.bb_pos,8);return t?this.bb.__vector_len(this.bb_pos+t):0}compression(t){let e=this.bb.__offset(this.bb_pos,10);return e?(t||new er).__init(this.bb.__indirect(this.bb_pos+e),this.bb):null}variadicBufferCounts(t){let e=this.bb.__offset(this.bb_pos,12);return e?this.bb.readInt64(this.bb.__vector(this.bb_pos+e)+t*8):BigInt(0)}variadicBufferCountsLength(){let t=this.bb.__offset(this.bb_pos,12);return t?this.bb.__vector_len(this.bb_pos+t):0}static startRecordBatch(t){t.startObject(5)}static addLength(t,e){t.addFieldInt64(0,e,BigInt("0"))}static addNodes(t,e){t.addFieldOffset(1,e,0)}static startNodesVector(t,e){t.startVector(16,e,8)}static addBuffers(t,e){t.addFieldOffset(2,e,0)}static startBuffersVector(t,e){t.startVector(16,e,8)}static addCompression(t,e){t.addFieldOffset(3,e,0)}static addVariadicBufferCounts(t,e){t.addFieldOffset(4,e,0)}static createVariadicBufferCountsVector(t,e){t.startVector(8,e.length,8);for(let r=e.length-1;r>=0;r--)t.addInt64(e[r]);return t.endVector()}static startVariadicBufferCountsVector(t,e){t.startVector(8,e,8)}static endRecordBatch(t){return t.endObject()}};var ir=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsDictionaryBatch(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsDictionaryBatch(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}id(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt64(this.bb_pos+t):BigInt("0")}data(t){let e=this.bb.__offset(this.bb_pos,6);return e?(t||new se).__init(this.bb.__indirect(this.bb_pos+e),this.bb):null}isDelta(){let t=this.bb.__offset(this.bb_pos,8);return t?!!this.bb.readInt8(this.bb_pos+t):!1}static startDictionaryBatch(t){t.startObject(3)}static addId(t,e){t.addFieldInt64(0,e,BigInt("0"))}static addData(t,e){t.addFieldOffset(1,e,0)}static addIsDelta(t,e){t.addFieldInt8(2,+e,0)}static endDictionaryBatch(t){return t.endObject()}};var zr;(function(i){i[i.Little=0]="Little",i[i.Big=1]="Big"})(zr||(zr={}));var Eo;(function(i){i[i.DenseArray=0]="DenseArray"})(Eo||(Eo={}));var di=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsInt(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsInt(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}bitWidth(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt32(this.bb_pos+t):0}isSigned(){let t=this.bb.__offset(this.bb_pos,6);return t?!!this.bb.readInt8(this.bb_pos+t):!1}static startInt(t){t.startObject(2)}static addBitWidth(t,e){t.addFieldInt32(0,e,0)}static addIsSigned(t,e){t.addFieldInt8(1,+e,0)}static endInt(t){return t.endObject()}static createInt(t,e,r){return i.startInt(t),i.addBitWidth(t,e),i.addIsSigned(t,r),i.endInt(t)}};var Di=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsDictionaryEncoding(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsDictionaryEncoding(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}id(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt64(this.bb_pos+t):BigInt("0")}indexType(t){let e=this.bb.__offset(this.bb_pos,6);return e?(t||new di).__init(this.bb.__indirect(this.bb_pos+e),this.bb):null}isOrdered(){let t=this.bb.__offset(this.bb_pos,8);return t?!!this.bb.readInt8(this.bb_pos+t):!1}dictionaryKind(){let t=this.bb.__offset(this.bb_pos,10);return t?this.bb.readInt16(this.bb_pos+t):Eo.DenseArray}static startDictionaryEncoding(t){t.startObject(4)}static addId(t,e){t.addFieldInt64(0,e,BigInt("0"))}static addIndexType(t,e){t.addFieldOffset(1,e,0)}static addIsOrdered(t,e){t.addFieldInt8(2,+e,0)}static addDictionaryKind(t,e){t.addFieldInt16(3,e,Eo.DenseArray)}static endDictionaryEncoding(t){return t.endObject()}};var Mt=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsKeyValue(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsKeyValue(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}key(t){let e=this.bb.__offset(this.bb_pos,4);return e?this.bb.__string(this.bb_pos+e,t):null}value(t){let e=this.bb.__offset(this.bb_pos,6);return e?this.bb.__string(this.bb_pos+e,t):null}static startKeyValue(t){t.startObject(2)}static addKey(t,e){t.addFieldOffset(0,e,0)}static addValue(t,e){t.addFieldOffset(1,e,0)}static endKeyValue(t){return t.endObject()}static createKeyValue(t,e,r){return i.startKeyValue(t),i.addKey(t,e),i.addValue(t,r),i.endKeyValue(t)}};var Io=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsBinary(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsBinary(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startBinary(t){t.startObject(0)}static endBinary(t){return t.endObject()}static createBinary(t){return i.startBinary(t),i.endBinary(t)}};var To=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsBinaryView(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsBinaryView(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startBinaryView(t){t.startObject(0)}static endBinaryView(t){return t.endObject()}static createBinaryView(t){return i.startBinaryView(t),i.endBinaryView(t)}};var Ao=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsBool(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsBool(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startBool(t){t.startObject(0)}static endBool(t){return t.endObject()}static createBool(t){return i.startBool(t),i.endBool(t)}};var Vr=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsDate(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsDate(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}unit(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):kt.MILLISECOND}static startDate(t){t.startObject(1)}static addUnit(t,e){t.addFieldInt16(0,e,kt.MILLISECOND)}static endDate(t){return t.endObject()}static createDate(t,e){return i.startDate(t),i.addUnit(t,e),i.endDate(t)}};var ki=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsDecimal(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsDecimal(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}precision(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt32(this.bb_pos+t):0}scale(){let t=this.bb.__offset(this.bb_pos,6);return t?this.bb.readInt32(this.bb_pos+t):0}bitWidth(){let t=this.bb.__offset(this.bb_pos,8);return t?this.bb.readInt32(this.bb_pos+t):128}static startDecimal(t){t.startObject(3)}static addPrecision(t,e){t.addFieldInt32(0,e,0)}static addScale(t,e){t.addFieldInt32(1,e,0)}static addBitWidth(t,e){t.addFieldInt32(2,e,128)}static endDecimal(t){return t.endObject()}static createDecimal(t,e,r,n){return i.startDecimal(t),i.addPrecision(t,e),i.addScale(t,r),i.addBitWidth(t,n),i.endDecimal(t)}};var jr=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsDuration(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsDuration(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}unit(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):F.MILLISECOND}static startDuration(t){t.startObject(1)}static addUnit(t,e){t.addFieldInt16(0,e,F.MILLISECOND)}static endDuration(t){return t.endObject()}static createDuration(t,e){return i.startDuration(t),i.addUnit(t,e),i.endDuration(t)}};var Wr=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsFixedSizeBinary(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsFixedSizeBinary(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}byteWidth(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt32(this.bb_pos+t):0}static startFixedSizeBinary(t){t.startObject(1)}static addByteWidth(t,e){t.addFieldInt32(0,e,0)}static endFixedSizeBinary(t){return t.endObject()}static createFixedSizeBinary(t,e){return i.startFixedSizeBinary(t),i.addByteWidth(t,e),i.endFixedSizeBinary(t)}};var Gr=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsFixedSizeList(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsFixedSizeList(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}listSize(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt32(this.bb_pos+t):0}static startFixedSizeList(t){t.startObject(1)}static addListSize(t,e){t.addFieldInt32(0,e,0)}static endFixedSizeList(t){return t.endObject()}static createFixedSizeList(t,e){return i.startFixedSizeList(t),i.addListSize(t,e),i.endFixedSizeList(t)}};var Hr=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsFloatingPoint(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsFloatingPoint(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}precision(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):vt.HALF}static startFloatingPoint(t){t.startObject(1)}static addPrecision(t,e){t.addFieldInt16(0,e,vt.HALF)}static endFloatingPoint(t){return t.endObject()}static createFloatingPoint(t,e){return i.startFloatingPoint(t),i.addPrecision(t,e),i.endFloatingPoint(t)}};var $r=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsInterval(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsInterval(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}unit(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):Pt.YEAR_MONTH}static startInterval(t){t.startObject(1)}static addUnit(t,e){t.addFieldInt16(0,e,Pt.YEAR_MONTH)}static endInterval(t){return t.endObject()}static createInterval(t,e){return i.startInterval(t),i.addUnit(t,e),i.endInterval(t)}};var Mo=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsLargeBinary(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsLargeBinary(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startLargeBinary(t){t.startObject(0)}static endLargeBinary(t){return t.endObject()}static createLargeBinary(t){return i.startLargeBinary(t),i.endLargeBinary(t)}};var Co=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsLargeList(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsLargeList(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startLargeList(t){t.startObject(0)}static endLargeList(t){return t.endObject()}static createLargeList(t){return i.startLargeList(t),i.endLargeList(t)}};var Lo=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsLargeUtf8(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsLargeUtf8(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startLargeUtf8(t){t.startObject(0)}static endLargeUtf8(t){return t.endObject()}static createLargeUtf8(t){return i.startLargeUtf8(t),i.endLargeUtf8(t)}};var Oo=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsList(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsList(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startList(t){t.startObject(0)}static endList(t){return t.endObject()}static createList(t){return i.startList(t),i.endList(t)}};var Yr=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsMap(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsMap(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}keysSorted(){let t=this.bb.__offset(this.bb_pos,4);return t?!!this.bb.readInt8(this.bb_pos+t):!1}static startMap(t){t.startObject(1)}static addKeysSorted(t,e){t.addFieldInt8(0,+e,0)}static endMap(t){return t.endObject()}static createMap(t,e){return i.startMap(t),i.addKeysSorted(t,e),i.endMap(t)}};var Bo=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsNull(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsNull(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startNull(t){t.startObject(0)}static endNull(t){return t.endObject()}static createNull(t){return i.startNull(t),i.endNull(t)}};var Ro=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsStruct_(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsStruct_(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startStruct_(t){t.startObject(0)}static endStruct_(t){return t.endObject()}static createStruct_(t){return i.startStruct_(t),i.endStruct_(t)}};var rr=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsTime(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsTime(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}unit(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):F.MILLISECOND}bitWidth(){let t=this.bb.__offset(this.bb_pos,6);return t?this.bb.readInt32(this.bb_pos+t):32}static startTime(t){t.startObject(2)}static addUnit(t,e){t.addFieldInt16(0,e,F.MILLISECOND)}static addBitWidth(t,e){t.addFieldInt32(1,e,32)}static endTime(t){return t.endObject()}static createTime(t,e,r){return i.startTime(t),i.addUnit(t,e),i.addBitWidth(t,r),i.endTime(t)}};var nr=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsTimestamp(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsTimestamp(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}unit(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):F.SECOND}timezone(t){let e=this.bb.__offset(this.bb_pos,6);return e?this.bb.__string(this.bb_pos+e,t):null}static startTimestamp(t){t.startObject(2)}static addUnit(t,e){t.addFieldInt16(0,e,F.SECOND)}static addTimezone(t,e){t.addFieldOffset(1,e,0)}static endTimestamp(t){return t.endObject()}static createTimestamp(t,e,r){return i.startTimestamp(t),i.addUnit(t,e),i.addTimezone(t,r),i.endTimestamp(t)}};var hi=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsUnion(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsUnion(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}mode(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):_t.Sparse}typeIds(t){let e=this.bb.__offset(this.bb_pos,6);return e?this.bb.readInt32(this.bb.__vector(this.bb_pos+e)+t*4):0}typeIdsLength(){let t=this.bb.__offset(this.bb_pos,6);return t?this.bb.__vector_len(this.bb_pos+t):0}typeIdsArray(){let t=this.bb.__offset(this.bb_pos,6);return t?new Int32Array(this.bb.bytes().buffer,this.bb.bytes().byteOffset+this.bb.__vector(this.bb_pos+t),this.bb.__vector_len(this.bb_pos+t)):null}static startUnion(t){t.startObject(2)}static addMode(t,e){t.addFieldInt16(0,e,_t.Sparse)}static addTypeIds(t,e){t.addFieldOffset(1,e,0)}static createTypeIdsVector(t,e){t.startVector(4,e.length,4);for(let r=e.length-1;r>=0;r--)t.addInt32(e[r]);return t.endVector()}static startTypeIdsVector(t,e){t.startVector(4,e,4)}static endUnion(t){return t.endObject()}static createUnion(t,e,r){return i.startUnion(t),i.addMode(t,e),i.addTypeIds(t,r),i.endUnion(t)}};var Do=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsUtf8(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsUtf8(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startUtf8(t){t.startObject(0)}static endUtf8(t){return t.endObject()}static createUtf8(t){return i.startUtf8(t),i.endUtf8(t)}};var ko=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsUtf8View(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsUtf8View(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static startUtf8View(t){t.startObject(0)}static endUtf8View(t){return t.endObject()}static createUtf8View(t){return i.startUtf8View(t),i.endUtf8View(t)}};var mt;(function(i){i[i.NONE=0]="NONE",i[i.Null=1]="Null",i[i.Int=2]="Int",i[i.FloatingPoint=3]="FloatingPoint",i[i.Binary=4]="Binary",i[i.Utf8=5]="Utf8",i[i.Bool=6]="Bool",i[i.Decimal=7]="Decimal",i[i.Date=8]="Date",i[i.Time=9]="Time",i[i.Timestamp=10]="Timestamp",i[i.Interval=11]="Interval",i[i.List=12]="List",i[i.Struct_=13]="Struct_",i[i.Union=14]="Union",i[i.FixedSizeBinary=15]="FixedSizeBinary",i[i.FixedSizeList=16]="FixedSizeList",i[i.Map=17]="Map",i[i.Duration=18]="Duration",i[i.LargeBinary=19]="LargeBinary",i[i.LargeUtf8=20]="LargeUtf8",i[i.LargeList=21]="LargeList",i[i.RunEndEncoded=22]="RunEndEncoded",i[i.BinaryView=23]="BinaryView",i[i.Utf8View=24]="Utf8View",i[i.ListView=25]="ListView",i[i.LargeListView=26]="LargeListView"})(mt||(mt={}));var oe=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsField(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsField(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}name(t){let e=this.bb.__offset(this.bb_pos,4);return e?this.bb.__string(this.bb_pos+e,t):null}nullable(){let t=this.bb.__offset(this.bb_pos,6);return t?!!this.bb.readInt8(this.bb_pos+t):!1}typeType(){let t=this.bb.__offset(this.bb_pos,8);return t?this.bb.readUint8(this.bb_pos+t):mt.NONE}type(t){let e=this.bb.__offset(this.bb_pos,10);return e?this.bb.__union(t,this.bb_pos+e):null}dictionary(t){let e=this.bb.__offset(this.bb_pos,12);return e?(t||new Di).__init(this.bb.__indirect(this.bb_pos+e),this.bb):null}children(t,e){let r=this.bb.__offset(this.bb_pos,14);return r?(e||new i).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos+r)+t*4),this.bb):null}childrenLength(){let t=this.bb.__offset(this.bb_pos,14);return t?this.bb.__vector_len(this.bb_pos+t):0}customMetadata(t,e){let r=this.bb.__offset(this.bb_pos,16);return r?(e||new Mt).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos+r)+t*4),this.bb):null}customMetadataLength(){let t=this.bb.__offset(this.bb_pos,16);return t?this.bb.__vector_len(this.bb_pos+t):0}static startField(t){t.startObject(7)}static addName(t,e){t.addFieldOffset(0,e,0)}static addNullable(t,e){t.addFieldInt8(1,+e,0)}static addTypeType(t,e){t.addFieldInt8(2,e,mt.NONE)}static addType(t,e){t.addFieldOffset(3,e,0)}static addDictionary(t,e){t.addFieldOffset(4,e,0)}static addChildren(t,e){t.addFieldOffset(5,e,0)}static createChildrenVector(t,e){t.startVector(4,e.length,4);for(let r=e.length-1;r>=0;r--)t.addOffset(e[r]);return t.endVector()}static startChildrenVector(t,e){t.startVector(4,e,4)}static addCustomMetadata(t,e){t.addFieldOffset(6,e,0)}static createCustomMetadataVector(t,e){t.startVector(4,e.length,4);for(let r=e.length-1;r>=0;r--)t.addOffset(e[r]);return t.endVector()}static startCustomMetadataVector(t,e){t.startVector(4,e,4)}static endField(t){return t.endObject()}};var we=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsSchema(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsSchema(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}endianness(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):zr.Little}fields(t,e){let r=this.bb.__offset(this.bb_pos,6);return r?(e||new oe).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos+r)+t*4),this.bb):null}fieldsLength(){let t=this.bb.__offset(this.bb_pos,6);return t?this.bb.__vector_len(this.bb_pos+t):0}customMetadata(t,e){let r=this.bb.__offset(this.bb_pos,8);return r?(e||new Mt).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos+r)+t*4),this.bb):null}customMetadataLength(){let t=this.bb.__offset(this.bb_pos,8);return t?this.bb.__vector_len(this.bb_pos+t):0}features(t){let e=this.bb.__offset(this.bb_pos,10);return e?this.bb.readInt64(this.bb.__vector(this.bb_pos+e)+t*8):BigInt(0)}featuresLength(){let t=this.bb.__offset(this.bb_pos,10);return t?this.bb.__vector_len(this.bb_pos+t):0}static startSchema(t){t.startObject(4)}static addEndianness(t,e){t.addFieldInt16(0,e,zr.Little)}static addFields(t,e){t.addFieldOffset(1,e,0)}static createFieldsVector(t,e){t.startVector(4,e.length,4);for(let r=e.length-1;r>=0;r--)t.addOffset(e[r]);return t.endVector()}static startFieldsVector(t,e){t.startVector(4,e,4)}static addCustomMetadata(t,e){t.addFieldOffset(2,e,0)}static createCustomMetadataVector(t,e){t.startVector(4,e.length,4);for(let r=e.length-1;r>=0;r--)t.addOffset(e[r]);return t.endVector()}static startCustomMetadataVector(t,e){t.startVector(4,e,4)}static addFeatures(t,e){t.addFieldOffset(3,e,0)}static createFeaturesVector(t,e){t.startVector(8,e.length,8);for(let r=e.length-1;r>=0;r--)t.addInt64(e[r]);return t.endVector()}static startFeaturesVector(t,e){t.startVector(8,e,8)}static endSchema(t){return t.endObject()}static createSchema(t,e,r,n,s){return i.startSchema(t),i.addEndianness(t,e),i.addFields(t,r),i.addCustomMetadata(t,n),i.addFeatures(t,s),i.endSchema(t)}};var lt;(function(i){i[i.NONE=0]="NONE",i[i.Schema=1]="Schema",i[i.DictionaryBatch=2]="DictionaryBatch",i[i.RecordBatch=3]="RecordBatch",i[i.Tensor=4]="Tensor",i[i.SparseTensor=5]="SparseTensor"})(lt||(lt={}));var y;(function(i){i[i.NONE=0]="NONE",i[i.Null=1]="Null",i[i.Int=2]="Int",i[i.Float=3]="Float",i[i.Binary=4]="Binary",i[i.Utf8=5]="Utf8",i[i.Bool=6]="Bool",i[i.Decimal=7]="Decimal",i[i.Date=8]="Date",i[i.Time=9]="Time",i[i.Timestamp=10]="Timestamp",i[i.Interval=11]="Interval",i[i.List=12]="List",i[i.Struct=13]="Struct",i[i.Union=14]="Union",i[i.FixedSizeBinary=15]="FixedSizeBinary",i[i.FixedSizeList=16]="FixedSizeList",i[i.Map=17]="Map",i[i.Duration=18]="Duration",i[i.LargeBinary=19]="LargeBinary",i[i.LargeUtf8=20]="LargeUtf8",i[i.LargeList=21]="LargeList",i[i.BinaryView=23]="BinaryView",i[i.Utf8View=24]="Utf8View",i[i.Dictionary=-1]="Dictionary",i[i.Int8=-2]="Int8",i[i.Int16=-3]="Int16",i[i.Int32=-4]="Int32",i[i.Int64=-5]="Int64",i[i.Uint8=-6]="Uint8",i[i.Uint16=-7]="Uint16",i[i.Uint32=-8]="Uint32",i[i.Uint64=-9]="Uint64",i[i.Float16=-10]="Float16",i[i.Float32=-11]="Float32",i[i.Float64=-12]="Float64",i[i.DateDay=-13]="DateDay",i[i.DateMillisecond=-14]="DateMillisecond",i[i.TimestampSecond=-15]="TimestampSecond",i[i.TimestampMillisecond=-16]="TimestampMillisecond",i[i.TimestampMicrosecond=-17]="TimestampMicrosecond",i[i.TimestampNanosecond=-18]="TimestampNanosecond",i[i.TimeSecond=-19]="TimeSecond",i[i.TimeMillisecond=-20]="TimeMillisecond",i[i.TimeMicrosecond=-21]="TimeMicrosecond",i[i.TimeNanosecond=-22]="TimeNanosecond",i[i.DenseUnion=-23]="DenseUnion",i[i.SparseUnion=-24]="SparseUnion",i[i.IntervalDayTime=-25]="IntervalDayTime",i[i.IntervalYearMonth=-26]="IntervalYearMonth",i[i.DurationSecond=-27]="DurationSecond",i[i.DurationMillisecond=-28]="DurationMillisecond",i[i.DurationMicrosecond=-29]="DurationMicrosecond",i[i.DurationNanosecond=-30]="DurationNanosecond",i[i.IntervalMonthDayNano=-31]="IntervalMonthDayNano"})(y||(y={}));var ke;(function(i){i[i.OFFSET=0]="OFFSET",i[i.DATA=1]="DATA",i[i.VALIDITY=2]="VALIDITY",i[i.TYPE=3]="TYPE"})(ke||(ke={}));var kh={};he(kh,{clampRange:()=>zo,createElementComparator:()=>Kr,wrapIndex:()=>xn});var yh={};he(yh,{valueToString:()=>pi});function pi(i){if(i===null)return"null";if(i===void 0)return"undefined";switch(typeof i){case"number":return`${i}`;case"bigint":return`${i}`;case"string":return`"${i}"`}return typeof i[Symbol.toPrimitive]=="function"?i[Symbol.toPrimitive]("string"):ArrayBuffer.isView(i)?i instanceof BigInt64Array||i instanceof BigUint64Array?`[${[...i].map(t=>pi(t))}]`:`[${i}]`:ArrayBuffer.isView(i)?`[${i}]`:JSON.stringify(i,(t,e)=>typeof e=="bigint"?`${e}`:e)}var bh={};he(bh,{BN:()=>No,bigNumToBigInt:()=>By,bigNumToNumber:()=>xh,bigNumToString:()=>hs,isArrowBigNumSymbol:()=>Oy});function ot(i){if(typeof i=="bigint"&&(i<Number.MIN_SAFE_INTEGER||i>Number.MAX_SAFE_INTEGER))throw new TypeError(`${i} is not safe to convert to a number.`);return Number(i)}function vh(i,t){return ot(i/t)+ot(i%t)/ot(t)}var Oy=Symbol.for("isArrowBigNum");function mi(i,...t){return t.length===0?Object.setPrototypeOf(st(this.TypedArray,i),this.constructor.prototype):Object.setPrototypeOf(new this.TypedArray(i,...t),this.constructor.prototype)}mi.prototype[Oy]=!0;mi.prototype.toJSON=function(){return`"${hs(this)}"`};mi.prototype.valueOf=function(i){return xh(this,i)};mi.prototype.toString=function(){return hs(this)};mi.prototype[Symbol.toPrimitive]=function(i="default"){switch(i){case"number":return xh(this);case"string":return hs(this);case"default":return By(this)}return hs(this)};function us(...i){return mi.apply(this,i)}function ds(...i){return mi.apply(this,i)}function Fo(...i){return mi.apply(this,i)}Object.setPrototypeOf(us.prototype,Object.create(Int32Array.prototype));Object.setPrototypeOf(ds.prototype,Object.create(Uint32Array.prototype));Object.setPrototypeOf(Fo.prototype,Object.create(Uint32Array.prototype));Object.assign(us.prototype,mi.prototype,{constructor:us,signed:!0,TypedArray:Int32Array,BigIntArray:BigInt64Array});Object.assign(ds.prototype,mi.prototype,{constructor:ds,signed:!1,TypedArray:Uint32Array,BigIntArray:BigUint64Array});Object.assign(Fo.prototype,mi.prototype,{constructor:Fo,signed:!0,TypedArray:Uint32Array,BigIntArray:BigUint64Array});var z1=BigInt(4294967296)*BigInt(4294967296),V1=z1-BigInt(1);function xh(i,t){let{buffer:e,byteOffset:r,byteLength:n,signed:s}=i,o=new BigUint64Array(e,r,n/8),a=s&&o.at(-1)&BigInt(1)<<BigInt(63),c=BigInt(0),l=0;if(a){for(let f of o)c|=(f^V1)*(BigInt(1)<<BigInt(64*l++));c*=BigInt(-1),c-=BigInt(1)}else for(let f of o)c|=f*(BigInt(1)<<BigInt(64*l++));if(typeof t=="number"&&t>0){let f=BigInt("1".padEnd(t+1,"0")),u=c/f,d=a?-(c%f):c%f,h=ot(u),p=`${d}`.padStart(t,"0");return+`${a&&h===0?"-":""}${h}.${p}`}return ot(c)}function hs(i){if(i.byteLength===8)return`${new i.BigIntArray(i.buffer,i.byteOffset,1)[0]}`;if(!i.signed)return _h(i);let t=new Uint16Array(i.buffer,i.byteOffset,i.byteLength/2);if(new Int16Array([t.at(-1)])[0]>=0)return _h(i);t=t.slice();let r=1;for(let s=0;s<t.length;s++){let o=t[s],a=~o+r;t[s]=a,r&=o===0?1:0}return`-${_h(t)}`}function By(i){return i.byteLength===8?new i.BigIntArray(i.buffer,i.byteOffset,1)[0]:hs(i)}function _h(i){let t="",e=new Uint32Array(2),r=new Uint16Array(i.buffer,i.byteOffset,i.byteLength/2),n=new Uint32Array((r=new Uint16Array(r).reverse()).buffer),s=-1,o=r.length-1;do{for(e[0]=r[s=0];s<o;)r[s++]=e[1]=e[0]/10,e[0]=(e[0]-e[1]*10<<16)+r[s];r[s]=e[1]=e[0]/10,e[0]=e[0]-e[1]*10,t=`${e[0]}${t}`}while(n[0]||n[1]||n[2]||n[3]);return t??"0"}var No=class i{static new(t,e){switch(e){case!0:return new us(t);case!1:return new ds(t)}switch(t.constructor){case Int8Array:case Int16Array:case Int32Array:case BigInt64Array:return new us(t)}return t.byteLength===16?new Fo(t):new ds(t)}static signed(t){return new us(t)}static unsigned(t){return new ds(t)}static decimal(t){return new Fo(t)}constructor(t,e){return i.new(t,e)}};var Ry,Dy,ky,Fy,Ny,Uy,zy,Vy,jy,Wy,Gy,Hy,$y,Yy,Zy,qy,Xy,Ky,Jy,Qy,tv,ev,iv,rv,nv,sv=Symbol.for("apache-arrow/DataType"),M=class i{static isDataType(t){return t?.[sv]===!0}static isNull(t){return t?.typeId===y.Null}static isInt(t){return t?.typeId===y.Int}static isFloat(t){return t?.typeId===y.Float}static isBinary(t){return t?.typeId===y.Binary}static isBinaryView(t){return t?.typeId===y.BinaryView}static isLargeBinary(t){return t?.typeId===y.LargeBinary}static isUtf8(t){return t?.typeId===y.Utf8}static isUtf8View(t){return t?.typeId===y.Utf8View}static isLargeUtf8(t){return t?.typeId===y.LargeUtf8}static isBool(t){return t?.typeId===y.Bool}static isDecimal(t){return t?.typeId===y.Decimal}static isDate(t){return t?.typeId===y.Date}static isTime(t){return t?.typeId===y.Time}static isTimestamp(t){return t?.typeId===y.Timestamp}static isInterval(t){return t?.typeId===y.Interval}static isDuration(t){return t?.typeId===y.Duration}static isList(t){return t?.typeId===y.List}static isLargeList(t){return t?.typeId===y.LargeList}static isStruct(t){return t?.typeId===y.Struct}static isUnion(t){return t?.typeId===y.Union}static isFixedSizeBinary(t){return t?.typeId===y.FixedSizeBinary}static isFixedSizeList(t){return t?.typeId===y.FixedSizeList}static isMap(t){return t?.typeId===y.Map}static isDictionary(t){return t?.typeId===y.Dictionary}static isDenseUnion(t){return i.isUnion(t)&&t.mode===_t.Dense}static isSparseUnion(t){return i.isUnion(t)&&t.mode===_t.Sparse}constructor(t){this.typeId=t}};Ry=Symbol.toStringTag;M[Ry]=(i=>(i.children=null,i.ArrayType=Array,i.OffsetArrayType=Int32Array,i[sv]=!0,i[Symbol.toStringTag]="DataType"))(M.prototype);var ge=class extends M{constructor(){super(y.Null)}toString(){return"Null"}};Dy=Symbol.toStringTag;ge[Dy]=(i=>i[Symbol.toStringTag]="Null")(ge.prototype);var jt=class extends M{constructor(t,e){super(y.Int),this.isSigned=t,this.bitWidth=e}get ArrayType(){switch(this.bitWidth){case 8:return this.isSigned?Int8Array:Uint8Array;case 16:return this.isSigned?Int16Array:Uint16Array;case 32:return this.isSigned?Int32Array:Uint32Array;case 64:return this.isSigned?BigInt64Array:BigUint64Array}throw new Error(`Unrecognized ${this[Symbol.toStringTag]} type`)}toString(){return`${this.isSigned?"I":"Ui"}nt${this.bitWidth}`}};ky=Symbol.toStringTag;jt[ky]=(i=>(i.isSigned=null,i.bitWidth=null,i[Symbol.toStringTag]="Int"))(jt.prototype);var Fl=class extends jt{constructor(){super(!0,8)}get ArrayType(){return Int8Array}},Nl=class extends jt{constructor(){super(!0,16)}get ArrayType(){return Int16Array}},Fi=class extends jt{constructor(){super(!0,32)}get ArrayType(){return Int32Array}},Ul=class extends jt{constructor(){super(!0,64)}get ArrayType(){return BigInt64Array}},zl=class extends jt{constructor(){super(!1,8)}get ArrayType(){return Uint8Array}},Vl=class extends jt{constructor(){super(!1,16)}get ArrayType(){return Uint16Array}},jl=class extends jt{constructor(){super(!1,32)}get ArrayType(){return Uint32Array}},Wl=class extends jt{constructor(){super(!1,64)}get ArrayType(){return BigUint64Array}};Object.defineProperty(Fl.prototype,"ArrayType",{value:Int8Array});Object.defineProperty(Nl.prototype,"ArrayType",{value:Int16Array});Object.defineProperty(Fi.prototype,"ArrayType",{value:Int32Array});Object.defineProperty(Ul.prototype,"ArrayType",{value:BigInt64Array});Object.defineProperty(zl.prototype,"ArrayType",{value:Uint8Array});Object.defineProperty(Vl.prototype,"ArrayType",{value:Uint16Array});Object.defineProperty(jl.prototype,"ArrayType",{value:Uint32Array});Object.defineProperty(Wl.prototype,"ArrayType",{value:BigUint64Array});var Ke=class extends M{constructor(t){super(y.Float),this.precision=t}get ArrayType(){switch(this.precision){case vt.HALF:return Uint16Array;case vt.SINGLE:return Float32Array;case vt.DOUBLE:return Float64Array}throw new Error(`Unrecognized ${this[Symbol.toStringTag]} type`)}toString(){return`Float${this.precision<<5||16}`}};Fy=Symbol.toStringTag;Ke[Fy]=(i=>(i.precision=null,i[Symbol.toStringTag]="Float"))(Ke.prototype);var Gl=class extends Ke{constructor(){super(vt.HALF)}},Hl=class extends Ke{constructor(){super(vt.SINGLE)}},$l=class extends Ke{constructor(){super(vt.DOUBLE)}};Object.defineProperty(Gl.prototype,"ArrayType",{value:Uint16Array});Object.defineProperty(Hl.prototype,"ArrayType",{value:Float32Array});Object.defineProperty($l.prototype,"ArrayType",{value:Float64Array});var sr=class extends M{constructor(){super(y.Binary)}toString(){return"Binary"}};Ny=Symbol.toStringTag;sr[Ny]=(i=>(i.ArrayType=Uint8Array,i[Symbol.toStringTag]="Binary"))(sr.prototype);var nt=class extends M{constructor(){super(y.BinaryView)}toString(){return"BinaryView"}};Uy=Symbol.toStringTag;nt.ELEMENT_WIDTH=16;nt.INLINE_CAPACITY=12;nt.LENGTH_OFFSET=0;nt.INLINE_OFFSET=4;nt.BUFFER_INDEX_OFFSET=8;nt.BUFFER_OFFSET_OFFSET=12;nt[Uy]=(i=>(i.ArrayType=Uint8Array,i[Symbol.toStringTag]="BinaryView"))(nt.prototype);var or=class extends M{constructor(){super(y.LargeBinary)}toString(){return"LargeBinary"}};zy=Symbol.toStringTag;or[zy]=(i=>(i.ArrayType=Uint8Array,i.OffsetArrayType=BigInt64Array,i[Symbol.toStringTag]="LargeBinary"))(or.prototype);var ar=class extends M{constructor(){super(y.Utf8)}toString(){return"Utf8"}};Vy=Symbol.toStringTag;ar[Vy]=(i=>(i.ArrayType=Uint8Array,i[Symbol.toStringTag]="Utf8"))(ar.prototype);var Fe=class extends M{constructor(){super(y.Utf8View)}toString(){return"Utf8View"}};jy=Symbol.toStringTag;Fe.ELEMENT_WIDTH=nt.ELEMENT_WIDTH;Fe.INLINE_CAPACITY=nt.INLINE_CAPACITY;Fe[jy]=(i=>(i.ArrayType=Uint8Array,i[Symbol.toStringTag]="Utf8View"))(Fe.prototype);var cr=class extends M{constructor(){super(y.LargeUtf8)}toString(){return"LargeUtf8"}};Wy=Symbol.toStringTag;cr[Wy]=(i=>(i.ArrayType=Uint8Array,i.OffsetArrayType=BigInt64Array,i[Symbol.toStringTag]="LargeUtf8"))(cr.prototype);var lr=class extends M{constructor(){super(y.Bool)}toString(){return"Bool"}};Gy=Symbol.toStringTag;lr[Gy]=(i=>(i.ArrayType=Uint8Array,i[Symbol.toStringTag]="Bool"))(lr.prototype);var fr=class extends M{constructor(t,e,r=128){super(y.Decimal),this.scale=t,this.precision=e,this.bitWidth=r}toString(){return`Decimal[${this.precision}e${this.scale>0?"+":""}${this.scale}]`}};Hy=Symbol.toStringTag;fr[Hy]=(i=>(i.scale=null,i.precision=null,i.ArrayType=Uint32Array,i[Symbol.toStringTag]="Decimal"))(fr.prototype);var ur=class extends M{constructor(t){super(y.Date),this.unit=t}toString(){return`Date${(this.unit+1)*32}<${kt[this.unit]}>`}get ArrayType(){return this.unit===kt.DAY?Int32Array:BigInt64Array}};$y=Symbol.toStringTag;ur[$y]=(i=>(i.unit=null,i[Symbol.toStringTag]="Date"))(ur.prototype);var dr=class extends M{constructor(t,e){super(y.Time),this.unit=t,this.bitWidth=e}toString(){return`Time${this.bitWidth}<${F[this.unit]}>`}get ArrayType(){switch(this.bitWidth){case 32:return Int32Array;case 64:return BigInt64Array}throw new Error(`Unrecognized ${this[Symbol.toStringTag]} type`)}};Yy=Symbol.toStringTag;dr[Yy]=(i=>(i.unit=null,i.bitWidth=null,i[Symbol.toStringTag]="Time"))(dr.prototype);var hr=class extends M{constructor(t,e){super(y.Timestamp),this.unit=t,this.timezone=e}toString(){return`Timestamp<${F[this.unit]}${this.timezone?`, ${this.timezone}`:""}>`}};Zy=Symbol.toStringTag;hr[Zy]=(i=>(i.unit=null,i.timezone=null,i.ArrayType=BigInt64Array,i[Symbol.toStringTag]="Timestamp"))(hr.prototype);var pr=class extends M{constructor(t){super(y.Interval),this.unit=t}toString(){return`Interval<${Pt[this.unit]}>`}};qy=Symbol.toStringTag;pr[qy]=(i=>(i.unit=null,i.ArrayType=Int32Array,i[Symbol.toStringTag]="Interval"))(pr.prototype);var mr=class extends M{constructor(t){super(y.Duration),this.unit=t}toString(){return`Duration<${F[this.unit]}>`}};Xy=Symbol.toStringTag;mr[Xy]=(i=>(i.unit=null,i.ArrayType=BigInt64Array,i[Symbol.toStringTag]="Duration"))(mr.prototype);var gi=class extends M{constructor(t){super(y.List),this.children=[t]}toString(){return`List<${this.valueType}>`}get valueType(){return this.children[0].type}get valueField(){return this.children[0]}get ArrayType(){return this.valueType.ArrayType}};Ky=Symbol.toStringTag;gi[Ky]=(i=>(i.children=null,i[Symbol.toStringTag]="List"))(gi.prototype);var yi=class extends M{constructor(t){super(y.LargeList),this.children=[t]}toString(){return`LargeList<${this.valueType}>`}get valueType(){return this.children[0].type}get valueField(){return this.children[0]}get ArrayType(){return this.valueType.ArrayType}};Jy=Symbol.toStringTag;yi[Jy]=(i=>(i.children=null,i.OffsetArrayType=BigInt64Array,i[Symbol.toStringTag]="LargeList"))(yi.prototype);var Et=class extends M{constructor(t){super(y.Struct),this.children=t}toString(){return`Struct<{${this.children.map(t=>`${t.name}:${t.type}`).join(", ")}}>`}};Qy=Symbol.toStringTag;Et[Qy]=(i=>(i.children=null,i[Symbol.toStringTag]="Struct"))(Et.prototype);var vi=class extends M{constructor(t,e,r){super(y.Union),this.mode=t,this.children=r,this.typeIds=e=Int32Array.from(e),this.typeIdToChildIndex=e.reduce((n,s,o)=>(n[s]=o)&&n||n,Object.create(null))}toString(){return`${this[Symbol.toStringTag]}<${this.children.map(t=>`${t.type}`).join(" | ")}>`}};tv=Symbol.toStringTag;vi[tv]=(i=>(i.mode=null,i.typeIds=null,i.children=null,i.typeIdToChildIndex=null,i.ArrayType=Int8Array,i[Symbol.toStringTag]="Union"))(vi.prototype);var gr=class extends M{constructor(t){super(y.FixedSizeBinary),this.byteWidth=t}toString(){return`FixedSizeBinary[${this.byteWidth}]`}};ev=Symbol.toStringTag;gr[ev]=(i=>(i.byteWidth=null,i.ArrayType=Uint8Array,i[Symbol.toStringTag]="FixedSizeBinary"))(gr.prototype);var _i=class extends M{constructor(t,e){super(y.FixedSizeList),this.listSize=t,this.children=[e]}get valueType(){return this.children[0].type}get valueField(){return this.children[0]}get ArrayType(){return this.valueType.ArrayType}toString(){return`FixedSizeList[${this.listSize}]<${this.valueType}>`}};iv=Symbol.toStringTag;_i[iv]=(i=>(i.children=null,i.listSize=null,i[Symbol.toStringTag]="FixedSizeList"))(_i.prototype);var xi=class extends M{constructor(t,e=!1){var r,n,s;if(super(y.Map),this.children=[t],this.keysSorted=e,t&&(t.name="entries",!((r=t?.type)===null||r===void 0)&&r.children)){let o=(n=t?.type)===null||n===void 0?void 0:n.children[0];o&&(o.name="key");let a=(s=t?.type)===null||s===void 0?void 0:s.children[1];a&&(a.name="value")}}get keyType(){return this.children[0].type.children[0].type}get valueType(){return this.children[0].type.children[1].type}get childType(){return this.children[0].type}toString(){return`Map<{${this.children[0].type.children.map(t=>`${t.name}:${t.type}`).join(", ")}}>`}};rv=Symbol.toStringTag;xi[rv]=(i=>(i.children=null,i.keysSorted=null,i[Symbol.toStringTag]="Map_"))(xi.prototype);var j1=(i=>()=>++i)(-1),Ne=class extends M{constructor(t,e,r,n){super(y.Dictionary),this.indices=e,this.dictionary=t,this.isOrdered=n||!1,this.id=r==null?j1():ot(r)}get children(){return this.dictionary.children}get valueType(){return this.dictionary}get ArrayType(){return this.dictionary.ArrayType}toString(){return`Dictionary<${this.indices}, ${this.dictionary}>`}};nv=Symbol.toStringTag;Ne[nv]=(i=>(i.id=null,i.indices=null,i.isOrdered=null,i.dictionary=null,i[Symbol.toStringTag]="Dictionary"))(Ne.prototype);function Ue(i){let t=i;switch(i.typeId){case y.Decimal:return i.bitWidth/32;case y.Interval:return t.unit===Pt.MONTH_DAY_NANO?4:1+t.unit;case y.BinaryView:case y.Utf8View:return 16;case y.FixedSizeList:return t.listSize;case y.FixedSizeBinary:return t.byteWidth;default:return 1}}var Y=class{visitMany(t,...e){return t.map((r,n)=>this.visit(r,...e.map(s=>s[n])))}visit(...t){return this.getVisitFn(t[0],!1).apply(this,t)}getVisitFn(t,e=!0){return W1(this,t,e)}getVisitFnByTypeId(t,e=!0){return ps(this,t,e)}visitNull(t,...e){return null}visitBool(t,...e){return null}visitInt(t,...e){return null}visitFloat(t,...e){return null}visitUtf8(t,...e){return null}visitLargeUtf8(t,...e){return null}visitUtf8View(t,...e){return null}visitBinary(t,...e){return null}visitLargeBinary(t,...e){return null}visitBinaryView(t,...e){return null}visitFixedSizeBinary(t,...e){return null}visitDate(t,...e){return null}visitTimestamp(t,...e){return null}visitTime(t,...e){return null}visitDecimal(t,...e){return null}visitList(t,...e){return null}visitLargeList(t,...e){return null}visitStruct(t,...e){return null}visitUnion(t,...e){return null}visitDictionary(t,...e){return null}visitInterval(t,...e){return null}visitDuration(t,...e){return null}visitFixedSizeList(t,...e){return null}visitMap(t,...e){return null}};function W1(i,t,e=!0){return typeof t=="number"?ps(i,t,e):typeof t=="string"&&t in y?ps(i,y[t],e):t&&t instanceof M?ps(i,ov(t),e):t?.type&&t.type instanceof M?ps(i,ov(t.type),e):ps(i,y.NONE,e)}function ps(i,t,e=!0){let r=null;switch(t){case y.Null:r=i.visitNull;break;case y.Bool:r=i.visitBool;break;case y.Int:r=i.visitInt;break;case y.Int8:r=i.visitInt8||i.visitInt;break;case y.Int16:r=i.visitInt16||i.visitInt;break;case y.Int32:r=i.visitInt32||i.visitInt;break;case y.Int64:r=i.visitInt64||i.visitInt;break;case y.Uint8:r=i.visitUint8||i.visitInt;break;case y.Uint16:r=i.visitUint16||i.visitInt;break;case y.Uint32:r=i.visitUint32||i.visitInt;break;case y.Uint64:r=i.visitUint64||i.visitInt;break;case y.Float:r=i.visitFloat;break;case y.Float16:r=i.visitFloat16||i.visitFloat;break;case y.Float32:r=i.visitFloat32||i.visitFloat;break;case y.Float64:r=i.visitFloat64||i.visitFloat;break;case y.Utf8:r=i.visitUtf8;break;case y.LargeUtf8:r=i.visitLargeUtf8;break;case y.Utf8View:r=i.visitUtf8View||i.visitUtf8;break;case y.Binary:r=i.visitBinary;break;case y.LargeBinary:r=i.visitLargeBinary;break;case y.BinaryView:r=i.visitBinaryView||i.visitBinary;break;case y.FixedSizeBinary:r=i.visitFixedSizeBinary;break;case y.Date:r=i.visitDate;break;case y.DateDay:r=i.visitDateDay||i.visitDate;break;case y.DateMillisecond:r=i.visitDateMillisecond||i.visitDate;break;case y.Timestamp:r=i.visitTimestamp;break;case y.TimestampSecond:r=i.visitTimestampSecond||i.visitTimestamp;break;case y.TimestampMillisecond:r=i.visitTimestampMillisecond||i.visitTimestamp;break;case y.TimestampMicrosecond:r=i.visitTimestampMicrosecond||i.visitTimestamp;break;case y.TimestampNanosecond:r=i.visitTimestampNanosecond||i.visitTimestamp;break;case y.Time:r=i.visitTime;break;case y.TimeSecond:r=i.visitTimeSecond||i.visitTime;break;case y.TimeMillisecond:r=i.visitTimeMillisecond||i.visitTime;break;case y.TimeMicrosecond:r=i.visitTimeMicrosecond||i.visitTime;break;case y.TimeNanosecond:r=i.visitTimeNanosecond||i.visitTime;break;case y.Decimal:r=i.visitDecimal;break;case y.List:r=i.visitList;break;case y.LargeList:r=i.visitLargeList;break;case y.Struct:r=i.visitStruct;break;case y.Union:r=i.visitUnion;break;case y.DenseUnion:r=i.visitDenseUnion||i.visitUnion;break;case y.SparseUnion:r=i.visitSparseUnion||i.visitUnion;break;case y.Dictionary:r=i.visitDictionary;break;case y.Interval:r=i.visitInterval;break;case y.IntervalDayTime:r=i.visitIntervalDayTime||i.visitInterval;break;case y.IntervalYearMonth:r=i.visitIntervalYearMonth||i.visitInterval;break;case y.IntervalMonthDayNano:r=i.visitIntervalMonthDayNano||i.visitInterval;break;case y.Duration:r=i.visitDuration;break;case y.DurationSecond:r=i.visitDurationSecond||i.visitDuration;break;case y.DurationMillisecond:r=i.visitDurationMillisecond||i.visitDuration;break;case y.DurationMicrosecond:r=i.visitDurationMicrosecond||i.visitDuration;break;case y.DurationNanosecond:r=i.visitDurationNanosecond||i.visitDuration;break;case y.FixedSizeList:r=i.visitFixedSizeList;break;case y.Map:r=i.visitMap;break}if(typeof r=="function")return r;if(!e)return()=>null;throw new Error(`Unrecognized type '${y[t]}'`)}function ov(i){switch(i.typeId){case y.Null:return y.Null;case y.Int:{let{bitWidth:t,isSigned:e}=i;switch(t){case 8:return e?y.Int8:y.Uint8;case 16:return e?y.Int16:y.Uint16;case 32:return e?y.Int32:y.Uint32;case 64:return e?y.Int64:y.Uint64}return y.Int}case y.Float:switch(i.precision){case vt.HALF:return y.Float16;case vt.SINGLE:return y.Float32;case vt.DOUBLE:return y.Float64}return y.Float;case y.Binary:return y.Binary;case y.LargeBinary:return y.LargeBinary;case y.BinaryView:return y.BinaryView;case y.Utf8:return y.Utf8;case y.LargeUtf8:return y.LargeUtf8;case y.Utf8View:return y.Utf8View;case y.Bool:return y.Bool;case y.Decimal:return y.Decimal;case y.Time:switch(i.unit){case F.SECOND:return y.TimeSecond;case F.MILLISECOND:return y.TimeMillisecond;case F.MICROSECOND:return y.TimeMicrosecond;case F.NANOSECOND:return y.TimeNanosecond}return y.Time;case y.Timestamp:switch(i.unit){case F.SECOND:return y.TimestampSecond;case F.MILLISECOND:return y.TimestampMillisecond;case F.MICROSECOND:return y.TimestampMicrosecond;case F.NANOSECOND:return y.TimestampNanosecond}return y.Timestamp;case y.Date:switch(i.unit){case kt.DAY:return y.DateDay;case kt.MILLISECOND:return y.DateMillisecond}return y.Date;case y.Interval:switch(i.unit){case Pt.DAY_TIME:return y.IntervalDayTime;case Pt.YEAR_MONTH:return y.IntervalYearMonth;case Pt.MONTH_DAY_NANO:return y.IntervalMonthDayNano}return y.Interval;case y.Duration:switch(i.unit){case F.SECOND:return y.DurationSecond;case F.MILLISECOND:return y.DurationMillisecond;case F.MICROSECOND:return y.DurationMicrosecond;case F.NANOSECOND:return y.DurationNanosecond}return y.Duration;case y.Map:return y.Map;case y.List:return y.List;case y.LargeList:return y.LargeList;case y.Struct:return y.Struct;case y.Union:switch(i.mode){case _t.Dense:return y.DenseUnion;case _t.Sparse:return y.SparseUnion}return y.Union;case y.FixedSizeBinary:return y.FixedSizeBinary;case y.FixedSizeList:return y.FixedSizeList;case y.Dictionary:return y.Dictionary}throw new Error(`Unrecognized type '${y[i.typeId]}'`)}Y.prototype.visitInt8=null;Y.prototype.visitInt16=null;Y.prototype.visitInt32=null;Y.prototype.visitInt64=null;Y.prototype.visitUint8=null;Y.prototype.visitUint16=null;Y.prototype.visitUint32=null;Y.prototype.visitUint64=null;Y.prototype.visitFloat16=null;Y.prototype.visitFloat32=null;Y.prototype.visitFloat64=null;Y.prototype.visitDateDay=null;Y.prototype.visitDateMillisecond=null;Y.prototype.visitTimestampSecond=null;Y.prototype.visitTimestampMillisecond=null;Y.prototype.visitTimestampMicrosecond=null;Y.prototype.visitTimestampNanosecond=null;Y.prototype.visitTimeSecond=null;Y.prototype.visitTimeMillisecond=null;Y.prototype.visitTimeMicrosecond=null;Y.prototype.visitTimeNanosecond=null;Y.prototype.visitDenseUnion=null;Y.prototype.visitSparseUnion=null;Y.prototype.visitIntervalDayTime=null;Y.prototype.visitIntervalYearMonth=null;Y.prototype.visitIntervalMonthDayNano=null;Y.prototype.visitDuration=null;Y.prototype.visitDurationSecond=null;Y.prototype.visitDurationMillisecond=null;Y.prototype.visitDurationMicrosecond=null;Y.prototype.visitDurationNanosecond=null;var wh={};he(wh,{float64ToUint16:()=>Uo,uint16ToFloat64:()=>Yl});var av=new Float64Array(1),ms=new Uint32Array(av.buffer);function Yl(i){let t=(i&31744)>>10,e=(i&1023)/1024,r=Math.pow(-1,(i&32768)>>15);switch(t){case 31:return r*(e?Number.NaN:1/0);case 0:return r*(e?6103515625e-14*e:0)}return r*Math.pow(2,t-15)*(1+e)}function Uo(i){if(i!==i)return 32256;av[0]=i;let t=(ms[1]&2147483648)>>16&65535,e=ms[1]&2146435072,r=0;return e>=1089470464?ms[0]>0?e=31744:(e=(e&2080374784)>>16,r=(ms[1]&1048575)>>10):e<=1056964608?(r=1048576+(ms[1]&1048575),r=1048576+(r<<(e>>20)-998)>>21,e=0):(e=e-1056964608>>10,r=(ms[1]&1048575)+512>>10),t|e|r&65535}var H=class extends Y{};function J(i){return(t,e,r)=>{if(t.setValid(e,r!=null))return i(t,e,r)}}var G1=(i,t,e)=>{i[t]=Math.floor(e/864e5)},cv=(i,t,e,r)=>{if(e+1<t.length){let n=ot(t[e]),s=ot(t[e+1]);i.set(r.subarray(0,s-n),n)}},H1=({offset:i,values:t},e,r)=>{let n=i+e;r?t[n>>3]|=1<<n%8:t[n>>3]&=~(1<<n%8)},yr=({values:i},t,e)=>{i[t]=e},Sh=({values:i},t,e)=>{i[t]=e},lv=({values:i},t,e)=>{i[t]=Uo(e)},$1=(i,t,e)=>{switch(i.type.precision){case vt.HALF:return lv(i,t,e);case vt.SINGLE:case vt.DOUBLE:return Sh(i,t,e)}},Zl=({values:i},t,e)=>{G1(i,t,e.valueOf())},ql=({values:i},t,e)=>{i[t]=BigInt(e)},Ph=({stride:i,values:t},e,r)=>{t.set(r.subarray(0,i),i*e)},fv=({values:i,valueOffsets:t},e,r)=>cv(i,t,e,r),Y1=i=>{let t=i.variadicBuffers;return(!Array.isArray(t)||Object.isFrozen(t))&&(t=Array.from(t),i.variadicBuffers=t),t},uv=(i,t,e)=>{var r,n,s,o;let a=i.values;if(!a)throw new Error("BinaryView data is missing view buffer");let c=nt.ELEMENT_WIDTH,l=t*c,f=l+c;if(l<0||f>a.length)throw new RangeError(`BinaryView index ${t} out of bounds`);a.fill(0,l,f);let u=new DataView(a.buffer,a.byteOffset+l,c),d=e.length;if(u.setInt32(nt.LENGTH_OFFSET,d,!0),d<=nt.INLINE_CAPACITY){a.set(e,l+nt.INLINE_OFFSET);return}let h=((r=e[0])!==null&&r!==void 0?r:0)|((n=e[1])!==null&&n!==void 0?n:0)<<8|((s=e[2])!==null&&s!==void 0?s:0)<<16|((o=e[3])!==null&&o!==void 0?o:0)<<24;u.setUint32(nt.INLINE_OFFSET,h>>>0,!0);let p=Y1(i),g=e.slice(),m=p.push(g)-1;u.setInt32(nt.BUFFER_INDEX_OFFSET,m,!0),u.setInt32(nt.BUFFER_OFFSET_OFFSET,0,!0)},Z1=(i,t,e)=>{let r=e instanceof Uint8Array?e:new Uint8Array(e);uv(i,t,r)},dv=({values:i,valueOffsets:t},e,r)=>cv(i,t,e,Be(r)),q1=(i,t,e)=>{let r=Be(e);uv(i,t,r)},Eh=(i,t,e)=>{i.type.unit===kt.DAY?Zl(i,t,e):ql(i,t,e)},Xl=({values:i},t,e)=>{i[t]=BigInt(e/1e3)},Kl=({values:i},t,e)=>{i[t]=BigInt(e)},Jl=({values:i},t,e)=>{i[t]=BigInt(e*1e3)},Ql=({values:i},t,e)=>{i[t]=BigInt(e*1e6)},Ih=(i,t,e)=>{switch(i.type.unit){case F.SECOND:return Xl(i,t,e);case F.MILLISECOND:return Kl(i,t,e);case F.MICROSECOND:return Jl(i,t,e);case F.NANOSECOND:return Ql(i,t,e)}},tf=({values:i},t,e)=>{i[t]=e},ef=({values:i},t,e)=>{i[t]=e},rf=({values:i},t,e)=>{i[t]=e},nf=({values:i},t,e)=>{i[t]=e},Th=(i,t,e)=>{switch(i.type.unit){case F.SECOND:return tf(i,t,e);case F.MILLISECOND:return ef(i,t,e);case F.MICROSECOND:return rf(i,t,e);case F.NANOSECOND:return nf(i,t,e)}},Ah=({values:i,stride:t},e,r)=>{i.set(r.subarray(0,t),t*e)},hv=(i,t,e)=>{let r=i.children[0],n=i.valueOffsets,s=ee.getVisitFn(r),o=ot(n[t]),a=ot(n[t+1]);if(Array.isArray(e))for(let c=-1,l=o;l<a;)s(r,l++,e[++c]);else for(let c=-1,l=o;l<a;)s(r,l++,e.get(++c))},X1=(i,t,e)=>{let r=i.children[0],{valueOffsets:n}=i,s=ee.getVisitFn(r),{[t]:o,[t+1]:a}=n,c=e instanceof Map?e.entries():Object.entries(e);for(let l of c)if(s(r,o,l),++o>=a)break},K1=(i,t)=>(e,r,n,s)=>r&&e(r,i,t[s]),J1=(i,t)=>(e,r,n,s)=>r&&e(r,i,t.get(s)),Q1=(i,t)=>(e,r,n,s)=>r&&e(r,i,t.get(n.name)),tE=(i,t)=>(e,r,n,s)=>r&&e(r,i,t[n.name]),eE=(i,t,e)=>{let r=i.type.children.map(s=>ee.getVisitFn(s.type)),n=e instanceof Map?Q1(t,e):e instanceof at?J1(t,e):Array.isArray(e)?K1(t,e):tE(t,e);i.type.children.forEach((s,o)=>n(r[o],i.children[o],s,o))},iE=(i,t,e)=>{i.type.mode===_t.Dense?pv(i,t,e):mv(i,t,e)},pv=(i,t,e)=>{let r=i.type.typeIdToChildIndex[i.typeIds[t]],n=i.children[r];ee.visit(n,i.valueOffsets[t],e)},mv=(i,t,e)=>{let r=i.type.typeIdToChildIndex[i.typeIds[t]],n=i.children[r];ee.visit(n,t,e)},rE=(i,t,e)=>{var r;(r=i.dictionary)===null||r===void 0||r.set(i.values[t],e)},Mh=(i,t,e)=>{switch(i.type.unit){case Pt.YEAR_MONTH:return of(i,t,e);case Pt.DAY_TIME:return sf(i,t,e);case Pt.MONTH_DAY_NANO:return af(i,t,e)}},sf=({values:i},t,e)=>{i.set(e.subarray(0,2),2*t)},of=({values:i},t,e)=>{i[t]=e[0]*12+e[1]%12},af=({values:i,stride:t},e,r)=>{i.set(r.subarray(0,t),t*e)},cf=({values:i},t,e)=>{i[t]=e},lf=({values:i},t,e)=>{i[t]=e},ff=({values:i},t,e)=>{i[t]=e},uf=({values:i},t,e)=>{i[t]=e},Ch=(i,t,e)=>{switch(i.type.unit){case F.SECOND:return cf(i,t,e);case F.MILLISECOND:return lf(i,t,e);case F.MICROSECOND:return ff(i,t,e);case F.NANOSECOND:return uf(i,t,e)}},nE=(i,t,e)=>{let{stride:r}=i,n=i.children[0],s=ee.getVisitFn(n);if(Array.isArray(e))for(let o=-1,a=t*r;++o<r;)s(n,a+o,e[o]);else for(let o=-1,a=t*r;++o<r;)s(n,a+o,e.get(o))};H.prototype.visitBool=J(H1);H.prototype.visitInt=J(yr);H.prototype.visitInt8=J(yr);H.prototype.visitInt16=J(yr);H.prototype.visitInt32=J(yr);H.prototype.visitInt64=J(yr);H.prototype.visitUint8=J(yr);H.prototype.visitUint16=J(yr);H.prototype.visitUint32=J(yr);H.prototype.visitUint64=J(yr);H.prototype.visitFloat=J($1);H.prototype.visitFloat16=J(lv);H.prototype.visitFloat32=J(Sh);H.prototype.visitFloat64=J(Sh);H.prototype.visitUtf8=J(dv);H.prototype.visitLargeUtf8=J(dv);H.prototype.visitUtf8View=J(q1);H.prototype.visitBinary=J(fv);H.prototype.visitLargeBinary=J(fv);H.prototype.visitBinaryView=J(Z1);H.prototype.visitFixedSizeBinary=J(Ph);H.prototype.visitDate=J(Eh);H.prototype.visitDateDay=J(Zl);H.prototype.visitDateMillisecond=J(ql);H.prototype.visitTimestamp=J(Ih);H.prototype.visitTimestampSecond=J(Xl);H.prototype.visitTimestampMillisecond=J(Kl);H.prototype.visitTimestampMicrosecond=J(Jl);H.prototype.visitTimestampNanosecond=J(Ql);H.prototype.visitTime=J(Th);H.prototype.visitTimeSecond=J(tf);H.prototype.visitTimeMillisecond=J(ef);H.prototype.visitTimeMicrosecond=J(rf);H.prototype.visitTimeNanosecond=J(nf);H.prototype.visitDecimal=J(Ah);H.prototype.visitList=J(hv);H.prototype.visitLargeList=J(hv);H.prototype.visitStruct=J(eE);H.prototype.visitUnion=J(iE);H.prototype.visitDenseUnion=J(pv);H.prototype.visitSparseUnion=J(mv);H.prototype.visitDictionary=J(rE);H.prototype.visitInterval=J(Mh);H.prototype.visitIntervalDayTime=J(sf);H.prototype.visitIntervalYearMonth=J(of);H.prototype.visitIntervalMonthDayNano=J(af);H.prototype.visitDuration=J(Ch);H.prototype.visitDurationSecond=J(cf);H.prototype.visitDurationMillisecond=J(lf);H.prototype.visitDurationMicrosecond=J(ff);H.prototype.visitDurationNanosecond=J(uf);H.prototype.visitFixedSizeList=J(nE);H.prototype.visitMap=J(X1);var ee=new H;var bi=Symbol.for("parent"),gs=Symbol.for("rowIndex"),Zr=class{constructor(t,e){return this[bi]=t,this[gs]=e,new Proxy(this,sE)}toArray(){return Object.values(this.toJSON())}toJSON(){let t=this[gs],e=this[bi],r=e.type.children,n={};for(let s=-1,o=r.length;++s<o;)n[r[s].name]=Nt.visit(e.children[s],t);return n}toString(){return`{${[...this].map(([t,e])=>`${pi(t)}: ${pi(e)}`).join(", ")}}`}[Symbol.for("nodejs.util.inspect.custom")](){return this.toString()}[Symbol.iterator](){return new Lh(this[bi],this[gs])}},Lh=class{constructor(t,e){this.childIndex=0,this.children=t.children,this.rowIndex=e,this.childFields=t.type.children,this.numChildren=this.childFields.length}[Symbol.iterator](){return this}next(){let t=this.childIndex;return t<this.numChildren?(this.childIndex=t+1,{done:!1,value:[this.childFields[t].name,Nt.visit(this.children[t],this.rowIndex)]}):{done:!0,value:null}}};Object.defineProperties(Zr.prototype,{[Symbol.toStringTag]:{enumerable:!1,configurable:!1,value:"Row"},[bi]:{writable:!0,enumerable:!1,configurable:!1,value:null},[gs]:{writable:!0,enumerable:!1,configurable:!1,value:-1}});var Oh=class{isExtensible(){return!1}deleteProperty(){return!1}preventExtensions(){return!0}ownKeys(t){return t[bi].type.children.map(e=>e.name)}has(t,e){return t[bi].type.children.some(r=>r.name===e)}getOwnPropertyDescriptor(t,e){if(t[bi].type.children.some(r=>r.name===e))return{writable:!0,enumerable:!0,configurable:!0}}get(t,e){if(Reflect.has(t,e))return t[e];let r=t[bi].type.children.findIndex(n=>n.name===e);if(r!==-1){let n=Nt.visit(t[bi].children[r],t[gs]);return Reflect.set(t,e,n),n}}set(t,e,r){let n=t[bi].type.children.findIndex(s=>s.name===e);return n!==-1?(ee.visit(t[bi].children[n],t[gs],r),Reflect.set(t,e,r)):Reflect.has(t,e)||typeof e=="symbol"?Reflect.set(t,e,r):!1}},sE=new Oh;var V=class extends Y{};function Z(i){return(t,e)=>t.getValid(e)?i(t,e):null}var oE=(i,t)=>864e5*i[t],ys=16,aE=12,cE=(i,t)=>null,gv=(i,t,e)=>{if(e+1>=t.length)return null;let r=ot(t[e]),n=ot(t[e+1]);return i.subarray(r,n)},lE=({offset:i,values:t},e)=>{let r=i+e;return(t[r>>3]&1<<r%8)!==0},yv=({values:i},t)=>oE(i,t),vv=({values:i},t)=>ot(i[t]),qr=({stride:i,values:t},e)=>t[i*e],fE=({stride:i,values:t},e)=>Yl(t[i*e]),_v=({values:i},t)=>i[t],uE=({stride:i,values:t},e)=>t.subarray(i*e,i*(e+1)),xv=({values:i,valueOffsets:t},e)=>gv(i,t,e),bv=(i,t)=>{var e;let r=i.values;if(!r)throw new Error("BinaryView data is missing view buffer");let n=t*ys,s=n+ys;if(n<0||s>r.length)throw new Error(`BinaryView data buffer is too short: expected ${ys} bytes, got ${Math.max(0,r.length-n)}`);let o=r.subarray(n,s);if(o.length<ys)throw new Error(`BinaryView data buffer is too short: expected ${ys} bytes, got ${o.length}`);let a=new DataView(r.buffer,o.byteOffset,ys),c=a.getInt32(0,!0);if(c<=0)return new Uint8Array(0);if(c<=aE)return o.subarray(4,4+c);let l=a.getInt32(8,!0),f=a.getInt32(12,!0),u=(e=i.variadicBuffers)===null||e===void 0?void 0:e[l];if(!u)throw new Error(`BinaryView variadic buffer ${l} is missing`);return u.subarray(f,f+c)},dE=(i,t)=>bv(i,t),wv=({values:i,valueOffsets:t},e)=>{let r=gv(i,t,e);return r!==null?as(r):null},hE=(i,t)=>{let e=bv(i,t);return as(e)},pE=({values:i},t)=>i[t],mE=({type:i,values:t},e)=>i.precision!==vt.HALF?t[e]:Yl(t[e]),gE=(i,t)=>i.type.unit===kt.DAY?yv(i,t):vv(i,t),Sv=({values:i},t)=>1e3*ot(i[t]),Pv=({values:i},t)=>ot(i[t]),Ev=({values:i},t)=>vh(i[t],BigInt(1e3)),Iv=({values:i},t)=>vh(i[t],BigInt(1e6)),yE=(i,t)=>{switch(i.type.unit){case F.SECOND:return Sv(i,t);case F.MILLISECOND:return Pv(i,t);case F.MICROSECOND:return Ev(i,t);case F.NANOSECOND:return Iv(i,t)}},Tv=({values:i},t)=>i[t],Av=({values:i},t)=>i[t],Mv=({values:i},t)=>i[t],Cv=({values:i},t)=>i[t],vE=(i,t)=>{switch(i.type.unit){case F.SECOND:return Tv(i,t);case F.MILLISECOND:return Av(i,t);case F.MICROSECOND:return Mv(i,t);case F.NANOSECOND:return Cv(i,t)}},_E=({values:i,stride:t},e)=>No.decimal(i.subarray(t*e,t*(e+1))),Lv=(i,t)=>{let{valueOffsets:e,stride:r,children:n}=i,s=ot(e[t*r]),o=ot(e[t*r+1]),c=n[0].slice(s,o-s);return new at([c])},xE=(i,t)=>{let{valueOffsets:e,children:r}=i,{[t]:n,[t+1]:s}=e,o=r[0];return new Ni(o.slice(n,s-n))},bE=(i,t)=>new Zr(i,t),wE=(i,t)=>i.type.mode===_t.Dense?Ov(i,t):Bv(i,t),Ov=(i,t)=>{let e=i.type.typeIdToChildIndex[i.typeIds[t]],r=i.children[e];return Nt.visit(r,i.valueOffsets[t])},Bv=(i,t)=>{let e=i.type.typeIdToChildIndex[i.typeIds[t]],r=i.children[e];return Nt.visit(r,t)},SE=(i,t)=>{var e;return(e=i.dictionary)===null||e===void 0?void 0:e.get(i.values[t])},PE=(i,t)=>i.type.unit===Pt.MONTH_DAY_NANO?kv(i,t):i.type.unit===Pt.DAY_TIME?Rv(i,t):Dv(i,t),Rv=({values:i},t)=>i.subarray(2*t,2*(t+1)),Dv=({values:i},t)=>{let e=i[t],r=new Int32Array(2);return r[0]=Math.trunc(e/12),r[1]=Math.trunc(e%12),r},kv=({values:i},t)=>i.subarray(4*t,4*(t+1)),Fv=({values:i},t)=>i[t],Nv=({values:i},t)=>i[t],Uv=({values:i},t)=>i[t],zv=({values:i},t)=>i[t],EE=(i,t)=>{switch(i.type.unit){case F.SECOND:return Fv(i,t);case F.MILLISECOND:return Nv(i,t);case F.MICROSECOND:return Uv(i,t);case F.NANOSECOND:return zv(i,t)}},IE=(i,t)=>{let{stride:e,children:r}=i,s=r[0].slice(t*e,e);return new at([s])};V.prototype.visitNull=Z(cE);V.prototype.visitBool=Z(lE);V.prototype.visitInt=Z(pE);V.prototype.visitInt8=Z(qr);V.prototype.visitInt16=Z(qr);V.prototype.visitInt32=Z(qr);V.prototype.visitInt64=Z(_v);V.prototype.visitUint8=Z(qr);V.prototype.visitUint16=Z(qr);V.prototype.visitUint32=Z(qr);V.prototype.visitUint64=Z(_v);V.prototype.visitFloat=Z(mE);V.prototype.visitFloat16=Z(fE);V.prototype.visitFloat32=Z(qr);V.prototype.visitFloat64=Z(qr);V.prototype.visitUtf8=Z(wv);V.prototype.visitLargeUtf8=Z(wv);V.prototype.visitUtf8View=Z(hE);V.prototype.visitBinary=Z(xv);V.prototype.visitLargeBinary=Z(xv);V.prototype.visitBinaryView=Z(dE);V.prototype.visitFixedSizeBinary=Z(uE);V.prototype.visitDate=Z(gE);V.prototype.visitDateDay=Z(yv);V.prototype.visitDateMillisecond=Z(vv);V.prototype.visitTimestamp=Z(yE);V.prototype.visitTimestampSecond=Z(Sv);V.prototype.visitTimestampMillisecond=Z(Pv);V.prototype.visitTimestampMicrosecond=Z(Ev);V.prototype.visitTimestampNanosecond=Z(Iv);V.prototype.visitTime=Z(vE);V.prototype.visitTimeSecond=Z(Tv);V.prototype.visitTimeMillisecond=Z(Av);V.prototype.visitTimeMicrosecond=Z(Mv);V.prototype.visitTimeNanosecond=Z(Cv);V.prototype.visitDecimal=Z(_E);V.prototype.visitList=Z(Lv);V.prototype.visitLargeList=Z(Lv);V.prototype.visitStruct=Z(bE);V.prototype.visitUnion=Z(wE);V.prototype.visitDenseUnion=Z(Ov);V.prototype.visitSparseUnion=Z(Bv);V.prototype.visitDictionary=Z(SE);V.prototype.visitInterval=Z(PE);V.prototype.visitIntervalDayTime=Z(Rv);V.prototype.visitIntervalYearMonth=Z(Dv);V.prototype.visitIntervalMonthDayNano=Z(kv);V.prototype.visitDuration=Z(EE);V.prototype.visitDurationSecond=Z(Fv);V.prototype.visitDurationMillisecond=Z(Nv);V.prototype.visitDurationMicrosecond=Z(Uv);V.prototype.visitDurationNanosecond=Z(zv);V.prototype.visitFixedSizeList=Z(IE);V.prototype.visitMap=Z(xE);var Nt=new V;var Xr=Symbol.for("keys"),_s=Symbol.for("vals"),vs=Symbol.for("kKeysAsStrings"),Bh=Symbol.for("_kKeysAsStrings"),Ni=class{constructor(t){return this[Xr]=new at([t.children[0]]).memoize(),this[_s]=t.children[1],new Proxy(this,new Dh)}get[vs](){return this[Bh]||(this[Bh]=Array.from(this[Xr].toArray(),String))}[Symbol.iterator](){return new Rh(this[Xr],this[_s])}get size(){return this[Xr].length}toArray(){return Object.values(this.toJSON())}toJSON(){let t=this[Xr],e=this[_s],r={};for(let n=-1,s=t.length;++n<s;)r[t.get(n)]=Nt.visit(e,n);return r}toString(){return`{${[...this].map(([t,e])=>`${pi(t)}: ${pi(e)}`).join(", ")}}`}[Symbol.for("nodejs.util.inspect.custom")](){return this.toString()}},Rh=class{constructor(t,e){this.keys=t,this.vals=e,this.keyIndex=0,this.numKeys=t.length}[Symbol.iterator](){return this}next(){let t=this.keyIndex;return t===this.numKeys?{done:!0,value:null}:(this.keyIndex++,{done:!1,value:[this.keys.get(t),Nt.visit(this.vals,t)]})}},Dh=class{isExtensible(){return!1}deleteProperty(){return!1}preventExtensions(){return!0}ownKeys(t){return t[vs]}has(t,e){return t[vs].includes(e)}getOwnPropertyDescriptor(t,e){if(t[vs].indexOf(e)!==-1)return{writable:!0,enumerable:!0,configurable:!0}}get(t,e){if(Reflect.has(t,e))return t[e];let r=t[vs].indexOf(e);if(r!==-1){let n=Nt.visit(Reflect.get(t,_s),r);return Reflect.set(t,e,n),n}}set(t,e,r){let n=t[vs].indexOf(e);return n!==-1?(ee.visit(Reflect.get(t,_s),n,r),Reflect.set(t,e,r)):Reflect.has(t,e)?Reflect.set(t,e,r):!1}};Object.defineProperties(Ni.prototype,{[Symbol.toStringTag]:{enumerable:!1,configurable:!1,value:"Row"},[Xr]:{writable:!0,enumerable:!1,configurable:!1,value:null},[_s]:{writable:!0,enumerable:!1,configurable:!1,value:null},[Bh]:{writable:!0,enumerable:!1,configurable:!1,value:null}});var Vv;function zo(i,t,e,r){let{length:n=0}=i,s=typeof t!="number"?0:t,o=typeof e!="number"?n:e;return s<0&&(s=(s%n+n)%n),o<0&&(o=(o%n+n)%n),o<s&&(Vv=s,s=o,o=Vv),o>n&&(o=n),r?r(i,s,o):[s,o]}var xn=(i,t)=>i<0?t+i:i,jv=i=>i!==i;function Kr(i){if(typeof i!=="object"||i===null)return jv(i)?jv:e=>e===i;if(i instanceof Date){let e=i.valueOf();return r=>r instanceof Date?r.valueOf()===e:!1}return ArrayBuffer.isView(i)?e=>e?hh(i,e):!1:i instanceof Map?AE(i):Array.isArray(i)?TE(i):i instanceof at?ME(i):CE(i,!0)}function TE(i){let t=[];for(let e=-1,r=i.length;++e<r;)t[e]=Kr(i[e]);return df(t)}function AE(i){let t=-1,e=[];for(let r of i.values())e[++t]=Kr(r);return df(e)}function ME(i){let t=[];for(let e=-1,r=i.length;++e<r;)t[e]=Kr(i.get(e));return df(t)}function CE(i,t=!1){let e=Object.keys(i);if(!t&&e.length===0)return()=>!1;let r=[];for(let n=-1,s=e.length;++n<s;)r[n]=Kr(i[e[n]]);return df(r,e)}function df(i,t){return e=>{if(!e||typeof e!="object")return!1;switch(e.constructor){case Array:return LE(i,e);case Map:return Wv(i,e,e.keys());case Ni:case Zr:case Object:case void 0:return Wv(i,e,t||Object.keys(e))}return e instanceof at?OE(i,e):!1}}function LE(i,t){let e=i.length;if(t.length!==e)return!1;for(let r=-1;++r<e;)if(!i[r](t[r]))return!1;return!0}function OE(i,t){let e=i.length;if(t.length!==e)return!1;for(let r=-1;++r<e;)if(!i[r](t.get(r)))return!1;return!0}function Wv(i,t,e){let r=e[Symbol.iterator](),n=t instanceof Map?t.keys():Object.keys(t)[Symbol.iterator](),s=t instanceof Map?t.values():Object.values(t)[Symbol.iterator](),o=0,a=i.length,c=s.next(),l=r.next(),f=n.next();for(;o<a&&!l.done&&!f.done&&!c.done&&!(l.value!==f.value||!i[o](c.value));++o,l=r.next(),f=n.next(),c=s.next());return o===a&&l.done&&f.done&&c.done?!0:(r.return&&r.return(),n.return&&n.return(),s.return&&s.return(),!1)}var Fh={};he(Fh,{BitIterator:()=>bn,getBit:()=>Gv,getBool:()=>pf,packBools:()=>Sn,popcnt_array:()=>Hv,popcnt_bit_range:()=>Vo,popcnt_uint32:()=>hf,setBool:()=>BE,truncateBitmap:()=>wn});function pf(i,t,e,r){return(e&1<<r)!==0}function Gv(i,t,e,r){return(e&1<<r)>>r}function BE(i,t,e){return e?!!(i[t>>3]|=1<<t%8)||!0:!(i[t>>3]&=~(1<<t%8))&&!1}function wn(i,t,e){let r=e.byteLength+7&-8;if(i>0||e.byteLength<r){let n=new Uint8Array(r);return n.set(i%8===0?e.subarray(i>>3):Sn(new bn(e,i,t,null,pf)).subarray(0,r)),n}return e}function Sn(i){let t=[],e=0,r=0,n=0;for(let o of i)o&&(n|=1<<r),++r===8&&(t[e++]=n,n=r=0);(e===0||r>0)&&(t[e++]=n);let s=new Uint8Array(t.length+7&-8);return s.set(t),s}var bn=class{constructor(t,e,r,n,s){this.bytes=t,this.length=r,this.context=n,this.get=s,this.bit=e%8,this.byteIndex=e>>3,this.byte=t[this.byteIndex++],this.index=0}next(){return this.index<this.length?(this.bit===8&&(this.bit=0,this.byte=this.bytes[this.byteIndex++]),{value:this.get(this.context,this.index++,this.byte,this.bit++)}):{done:!0,value:null}}[Symbol.iterator](){return this}};function Vo(i,t,e){if(e-t<=0)return 0;if(e-t<8){let s=0;for(let o of new bn(i,t,e-t,i,Gv))s+=o;return s}let r=e>>3<<3,n=t+(t%8===0?0:8-t%8);return Vo(i,t,n)+Vo(i,r,e)+Hv(i,n>>3,r-n>>3)}function Hv(i,t,e){let r=0,n=Math.trunc(t),s=new DataView(i.buffer,i.byteOffset,i.byteLength),o=e===void 0?i.byteLength:n+e;for(;o-n>=4;)r+=hf(s.getUint32(n)),n+=4;for(;o-n>=2;)r+=hf(s.getUint16(n)),n+=2;for(;o-n>=1;)r+=hf(s.getUint8(n)),n+=1;return r}function hf(i){let t=Math.trunc(i);return t=t-(t>>>1&1431655765),t=(t&858993459)+(t>>>2&858993459),(t+(t>>>4)&252645135)*16843009>>>24}var RE=-1,$v=Symbol.for("apache-arrow/Data"),ct=class i{static isData(t){return t?.[$v]===!0}get typeId(){return this.type.typeId}get ArrayType(){return this.type.ArrayType}get buffers(){return[this.valueOffsets,this.values,this.nullBitmap,this.typeIds]}get nullable(){if(this._nullCount!==0){let{type:t}=this;return M.isSparseUnion(t)?this.children.some(e=>e.nullable):M.isDenseUnion(t)?this.children.some(e=>e.nullable):this.nullBitmap&&this.nullBitmap.byteLength>0}return!0}get byteLength(){let t=0,{valueOffsets:e,values:r,nullBitmap:n,typeIds:s}=this;return e&&(t+=e.byteLength),r&&(t+=r.byteLength),n&&(t+=n.byteLength),s&&(t+=s.byteLength),t+=this.variadicBuffers.reduce((o,a)=>{var c;return o+((c=a?.byteLength)!==null&&c!==void 0?c:0)},0),this.children.reduce((o,a)=>o+a.byteLength,t)}get nullCount(){if(M.isUnion(this.type))return this.children.reduce((r,n)=>r+n.nullCount,0);let t=this._nullCount,e;return t<=RE&&(e=this.nullBitmap)&&(this._nullCount=t=e.length===0?0:this.length-Vo(e,this.offset,this.offset+this.length)),t}constructor(t,e,r,n,s,o=[],a,c=[]){var l;this.type=t,this.children=o,this.dictionary=a,this.offset=Math.floor(Math.max(e||0,0)),this.length=Math.floor(Math.max(r||0,0)),this._nullCount=Math.floor(Math.max(n||0,-1));let f;s instanceof i?(this.stride=s.stride,this.values=s.values,this.typeIds=s.typeIds,this.nullBitmap=s.nullBitmap,this.valueOffsets=s.valueOffsets,this.variadicBuffers=s.variadicBuffers):(this.stride=Ue(t),s&&((f=s[0])&&(this.valueOffsets=f),(f=s[1])&&(this.values=f),(f=s[2])&&(this.nullBitmap=f),(f=s[3])&&(this.typeIds=f)),this.variadicBuffers=c),(l=this.variadicBuffers)!==null&&l!==void 0||(this.variadicBuffers=[])}getValid(t){let{type:e}=this;if(M.isUnion(e)){let r=e,n=this.typeIds[t],s=r.typeIdToChildIndex[n],o=this.children[s],a=this.valueOffsets,c=r.mode===_t.Dense&&a?Number(a[t]):t;return o.getValid(c)}if(this.nullable&&this.nullCount>0){let r=this.offset+t;return(this.nullBitmap[r>>3]&1<<r%8)!==0}return!0}setValid(t,e){let r,{type:n}=this;if(M.isUnion(n)){let s=n,o=this.typeIds[t],a=s.typeIdToChildIndex[o],c=this.children[a],l=this.valueOffsets,f=s.mode===_t.Dense&&l?Number(l[t]):t;r=c.getValid(f),c.setValid(f,e)}else{let{nullBitmap:s}=this,{offset:o,length:a}=this,c=o+t,l=1<<c%8,f=c>>3;(!s||s.byteLength<=f)&&(s=new Uint8Array((o+a+63&-64)>>3).fill(255),this.nullCount>0?(s.set(wn(o,a,this.nullBitmap),0),Object.assign(this,{nullBitmap:s})):Object.assign(this,{nullBitmap:s,_nullCount:0}));let u=s[f];r=(u&l)!==0,s[f]=e?u|l:u&~l}return r!==!!e&&(this._nullCount=this.nullCount+(e?-1:1)),e}clone(t=this.type,e=this.offset,r=this.length,n=this._nullCount,s=this,o=this.children,a=this.variadicBuffers){return new i(t,e,r,n,s,o,this.dictionary,a)}slice(t,e){let{stride:r,typeId:n,children:s}=this,o=+(this._nullCount===0)-1,a=n===16?r:1,c=this._sliceBuffers(t,e,r,n);return this.clone(this.type,this.offset+t,e,o,c,s.length===0||this.valueOffsets?s:this._sliceChildren(s,a*t,a*e),this.variadicBuffers)}_changeLengthAndBackfillNullBitmap(t){if(this.typeId===y.Null)return this.clone(this.type,0,t,0,this.buffers,this.children,this.variadicBuffers);let{length:e,nullCount:r}=this,n=new Uint8Array((t+63&-64)>>3).fill(255,0,e>>3);n[e>>3]=(1<<e-(e&-8))-1,r>0&&n.set(wn(this.offset,e,this.nullBitmap),0);let s=this.buffers;return s[ke.VALIDITY]=n,this.clone(this.type,0,t,r+(t-e),s,this.children,this.variadicBuffers)}_sliceBuffers(t,e,r,n){let s,{buffers:o}=this;if((s=o[ke.TYPE])&&(o[ke.TYPE]=s.subarray(t,t+e)),M.isBinaryView(this.type)||M.isUtf8View(this.type)){let a=nt.ELEMENT_WIDTH;(s=o[ke.DATA])&&(o[ke.DATA]=s.subarray(t*a,(t+e)*a))}else(s=o[ke.OFFSET])&&(o[ke.OFFSET]=s.subarray(t,t+e+1))||(s=o[ke.DATA])&&(o[ke.DATA]=n===6?s:s.subarray(r*t,r*(t+e)));return o}_sliceChildren(t,e,r){return t.map(n=>n.slice(e,r))}};ct.prototype.children=Object.freeze([]);ct.prototype[$v]=!0;Object.defineProperty(ct,Symbol.hasInstance,{value:function(t){return Function.prototype[Symbol.hasInstance].call(this,t)||this===ct&&ct.isData(t)}});var Nh=class i extends Y{visit(t){return this.getVisitFn(t.type).call(this,t)}visitNull(t){let{["type"]:e,["offset"]:r=0,["length"]:n=0}=t;return new ct(e,r,n,n)}visitBool(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length>>3,["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitInt(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length,["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitFloat(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length,["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitUtf8(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.data),s=U(t.nullBitmap),o=yn(t.valueOffsets),{["length"]:a=o.length-1,["nullCount"]:c=t.nullBitmap?-1:0}=t;return new ct(e,r,a,c,[o,n,s])}visitUtf8View(t){var e;let{["type"]:r,["offset"]:n=0}=t,s=st(r.ArrayType,t.views),o=U(t.nullBitmap),a=(t.variadicBuffers||[]).map(f=>U(f)),c=(e=t.length)!==null&&e!==void 0?e:Math.trunc(s.length/Fe.ELEMENT_WIDTH),l=t.nullBitmap?-1:0;return new ct(r,n,c,l,[void 0,s,o],[],void 0,a)}visitLargeUtf8(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.data),s=U(t.nullBitmap),o=So(t.valueOffsets),{["length"]:a=o.length-1,["nullCount"]:c=t.nullBitmap?-1:0}=t;return new ct(e,r,a,c,[o,n,s])}visitBinary(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.data),s=U(t.nullBitmap),o=yn(t.valueOffsets),{["length"]:a=o.length-1,["nullCount"]:c=t.nullBitmap?-1:0}=t;return new ct(e,r,a,c,[o,n,s])}visitBinaryView(t){var e;let{["type"]:r,["offset"]:n=0}=t,s=st(r.ArrayType,t.views),o=U(t.nullBitmap),a=(t.variadicBuffers||[]).map(f=>U(f)),c=(e=t.length)!==null&&e!==void 0?e:Math.trunc(s.length/nt.ELEMENT_WIDTH),l=t.nullBitmap?-1:0;return new ct(r,n,c,l,[void 0,s,o],[],void 0,a)}visitLargeBinary(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.data),s=U(t.nullBitmap),o=So(t.valueOffsets),{["length"]:a=o.length-1,["nullCount"]:c=t.nullBitmap?-1:0}=t;return new ct(e,r,a,c,[o,n,s])}visitFixedSizeBinary(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length/Ue(e),["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitDate(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length/Ue(e),["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitTimestamp(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length/Ue(e),["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitTime(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length/Ue(e),["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitDecimal(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length/Ue(e),["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitList(t){let{["type"]:e,["offset"]:r=0,["child"]:n}=t,s=U(t.nullBitmap),o=yn(t.valueOffsets),{["length"]:a=o.length-1,["nullCount"]:c=t.nullBitmap?-1:0}=t;return new ct(e,r,a,c,[o,void 0,s],[n])}visitLargeList(t){let{["type"]:e,["offset"]:r=0,["child"]:n}=t,s=U(t.nullBitmap),o=So(t.valueOffsets),{["length"]:a=o.length-1,["nullCount"]:c=t.nullBitmap?-1:0}=t;return new ct(e,r,a,c,[o,void 0,s],[n])}visitStruct(t){let{["type"]:e,["offset"]:r=0,["children"]:n=[]}=t,s=U(t.nullBitmap),{length:o=n.reduce((c,{length:l})=>Math.max(c,l),0),nullCount:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,void 0,s],n)}visitUnion(t){let{["type"]:e,["offset"]:r=0,["children"]:n=[]}=t,s=st(e.ArrayType,t.typeIds),{["length"]:o=s.length,["nullCount"]:a=-1}=t;if(M.isSparseUnion(e))return new ct(e,r,o,a,[void 0,void 0,void 0,s],n);let c=yn(t.valueOffsets);return new ct(e,r,o,a,[c,void 0,void 0,s],n)}visitDictionary(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.indices.ArrayType,t.data),{["dictionary"]:o=new at([new i().visit({type:e.dictionary})])}=t,{["length"]:a=s.length,["nullCount"]:c=t.nullBitmap?-1:0}=t;return new ct(e,r,a,c,[void 0,s,n],[],o)}visitInterval(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length/Ue(e),["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitDuration(t){let{["type"]:e,["offset"]:r=0}=t,n=U(t.nullBitmap),s=st(e.ArrayType,t.data),{["length"]:o=s.length,["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,s,n])}visitFixedSizeList(t){let{["type"]:e,["offset"]:r=0,["child"]:n=new i().visit({type:e.valueType})}=t,s=U(t.nullBitmap),{["length"]:o=n.length/Ue(e),["nullCount"]:a=t.nullBitmap?-1:0}=t;return new ct(e,r,o,a,[void 0,void 0,s],[n])}visitMap(t){let{["type"]:e,["offset"]:r=0,["child"]:n=new i().visit({type:e.childType})}=t,s=U(t.nullBitmap),o=yn(t.valueOffsets),{["length"]:a=o.length-1,["nullCount"]:c=t.nullBitmap?-1:0}=t;return new ct(e,r,a,c,[o,void 0,s],[n])}},DE=new Nh;function Q(i){return DE.visit(i)}var jo=class{constructor(t=0,e){this.numChunks=t,this.getChunkIterator=e,this.chunkIndex=0,this.chunkIterator=this.getChunkIterator(0)}next(){for(;this.chunkIndex<this.numChunks;){let t=this.chunkIterator.next();if(!t.done)return t;++this.chunkIndex<this.numChunks&&(this.chunkIterator=this.getChunkIterator(this.chunkIndex))}return{done:!0,value:null}}[Symbol.iterator](){return this}};function Yv(i){return i.some(t=>t.nullable)}function mf(i){return i.reduce((t,e)=>t+e.nullCount,0)}function gf(i){return i.reduce((t,e,r)=>(t[r+1]=t[r]+e.length,t),new Uint32Array(i.length+1))}function yf(i,t,e,r){let n=[];for(let s=-1,o=i.length;++s<o;){let a=i[s],c=t[s],{length:l}=a;if(c>=r)break;if(e>=c+l)continue;if(c>=e&&c+l<=r){n.push(a);continue}let f=Math.max(0,e-c),u=Math.min(r-c,l);n.push(a.slice(f,u-f))}return n.length===0&&n.push(i[0].slice(0,0)),n}function Uh(i,t,e,r){let n=0,s=0,o=t.length-1;do{if(n>=o-1)return e<t[o]?r(i,n,e-t[n]):null;s=n+Math.trunc((o-n)*.5),e<t[s]?o=s:n=s}while(n<o)}function Wo(i,t){return i.getValid(t)}function xs(i){function t(e,r,n){return i(e[r],n)}return function(e){let r=this.data;return Uh(r,this._offsets,e,t)}}function vf(i){let t;function e(r,n,s){return i(r[n],s,t)}return function(r,n){let s=this.data;t=n;let o=Uh(s,this._offsets,r,e);return t=void 0,o}}function _f(i){let t;function e(r,n,s){let o=s,a=0,c=0;for(let l=n-1,f=r.length;++l<f;){let u=r[l];if(~(a=i(u,t,o)))return c+a;o=0,c+=u.length}return-1}return function(r,n){t=r;let s=this.data,o=typeof n!="number"?e(s,0,0):Uh(s,this._offsets,n,e);return t=void 0,o}}var j=class extends Y{};function kE(i,t){return t===null&&i.length>0?0:-1}function FE(i,t){let{nullBitmap:e}=i;if(!e||i.nullCount<=0)return-1;let r=0;for(let n of new bn(e,i.offset+(t||0),i.length,e,pf)){if(!n)return r;++r}return-1}function tt(i,t,e){if(t===void 0)return-1;if(t===null)switch(i.typeId){case y.Union:break;case y.Dictionary:break;default:return FE(i,e)}let r=Nt.getVisitFn(i),n=Kr(t);for(let s=(e||0)-1,o=i.length;++s<o;)if(n(r(i,s)))return s;return-1}function Zv(i,t,e){let r=Nt.getVisitFn(i),n=Kr(t);for(let s=(e||0)-1,o=i.length;++s<o;)if(n(r(i,s)))return s;return-1}j.prototype.visitNull=kE;j.prototype.visitBool=tt;j.prototype.visitInt=tt;j.prototype.visitInt8=tt;j.prototype.visitInt16=tt;j.prototype.visitInt32=tt;j.prototype.visitInt64=tt;j.prototype.visitUint8=tt;j.prototype.visitUint16=tt;j.prototype.visitUint32=tt;j.prototype.visitUint64=tt;j.prototype.visitFloat=tt;j.prototype.visitFloat16=tt;j.prototype.visitFloat32=tt;j.prototype.visitFloat64=tt;j.prototype.visitUtf8=tt;j.prototype.visitLargeUtf8=tt;j.prototype.visitUtf8View=tt;j.prototype.visitBinary=tt;j.prototype.visitLargeBinary=tt;j.prototype.visitBinaryView=tt;j.prototype.visitFixedSizeBinary=tt;j.prototype.visitDate=tt;j.prototype.visitDateDay=tt;j.prototype.visitDateMillisecond=tt;j.prototype.visitTimestamp=tt;j.prototype.visitTimestampSecond=tt;j.prototype.visitTimestampMillisecond=tt;j.prototype.visitTimestampMicrosecond=tt;j.prototype.visitTimestampNanosecond=tt;j.prototype.visitTime=tt;j.prototype.visitTimeSecond=tt;j.prototype.visitTimeMillisecond=tt;j.prototype.visitTimeMicrosecond=tt;j.prototype.visitTimeNanosecond=tt;j.prototype.visitDecimal=tt;j.prototype.visitList=tt;j.prototype.visitLargeList=tt;j.prototype.visitStruct=tt;j.prototype.visitUnion=tt;j.prototype.visitDenseUnion=Zv;j.prototype.visitSparseUnion=Zv;j.prototype.visitDictionary=tt;j.prototype.visitInterval=tt;j.prototype.visitIntervalDayTime=tt;j.prototype.visitIntervalYearMonth=tt;j.prototype.visitIntervalMonthDayNano=tt;j.prototype.visitDuration=tt;j.prototype.visitDurationSecond=tt;j.prototype.visitDurationMillisecond=tt;j.prototype.visitDurationMicrosecond=tt;j.prototype.visitDurationNanosecond=tt;j.prototype.visitFixedSizeList=tt;j.prototype.visitMap=tt;var Pn=new j;var W=class extends Y{};function q(i){let{type:t}=i;if(i.nullCount===0&&i.stride===1&&(M.isInt(t)&&t.bitWidth!==64||M.isTime(t)&&t.bitWidth!==64||M.isFloat(t)&&t.precision!==vt.HALF))return new jo(i.data.length,r=>{let n=i.data[r];return n.values.subarray(0,n.length)[Symbol.iterator]()});let e=0;return new jo(i.data.length,r=>{let s=i.data[r].length,o=i.slice(e,e+s);return e+=s,new zh(o)})}var zh=class{constructor(t){this.vector=t,this.index=0}next(){return this.index<this.vector.length?{value:this.vector.get(this.index++)}:{done:!0,value:null}}[Symbol.iterator](){return this}};W.prototype.visitNull=q;W.prototype.visitBool=q;W.prototype.visitInt=q;W.prototype.visitInt8=q;W.prototype.visitInt16=q;W.prototype.visitInt32=q;W.prototype.visitInt64=q;W.prototype.visitUint8=q;W.prototype.visitUint16=q;W.prototype.visitUint32=q;W.prototype.visitUint64=q;W.prototype.visitFloat=q;W.prototype.visitFloat16=q;W.prototype.visitFloat32=q;W.prototype.visitFloat64=q;W.prototype.visitUtf8=q;W.prototype.visitLargeUtf8=q;W.prototype.visitUtf8View=q;W.prototype.visitBinary=q;W.prototype.visitLargeBinary=q;W.prototype.visitBinaryView=q;W.prototype.visitFixedSizeBinary=q;W.prototype.visitDate=q;W.prototype.visitDateDay=q;W.prototype.visitDateMillisecond=q;W.prototype.visitTimestamp=q;W.prototype.visitTimestampSecond=q;W.prototype.visitTimestampMillisecond=q;W.prototype.visitTimestampMicrosecond=q;W.prototype.visitTimestampNanosecond=q;W.prototype.visitTime=q;W.prototype.visitTimeSecond=q;W.prototype.visitTimeMillisecond=q;W.prototype.visitTimeMicrosecond=q;W.prototype.visitTimeNanosecond=q;W.prototype.visitDecimal=q;W.prototype.visitList=q;W.prototype.visitLargeList=q;W.prototype.visitStruct=q;W.prototype.visitUnion=q;W.prototype.visitDenseUnion=q;W.prototype.visitSparseUnion=q;W.prototype.visitDictionary=q;W.prototype.visitInterval=q;W.prototype.visitIntervalDayTime=q;W.prototype.visitIntervalYearMonth=q;W.prototype.visitIntervalMonthDayNano=q;W.prototype.visitDuration=q;W.prototype.visitDurationSecond=q;W.prototype.visitDurationMillisecond=q;W.prototype.visitDurationMicrosecond=q;W.prototype.visitDurationNanosecond=q;W.prototype.visitFixedSizeList=q;W.prototype.visitMap=q;var bs=new W;var qv,Xv=Symbol.for("apache-arrow/Vector"),Kv={},Jv={},at=class i{static isVector(t){return t?.[Xv]===!0}constructor(t){var e,r,n;let s=t[0]instanceof i?t.flatMap(a=>a.data):t;if(s.length===0||s.some(a=>!(a instanceof ct)))throw new TypeError("Vector constructor expects an Array of Data instances.");let o=(e=s[0])===null||e===void 0?void 0:e.type;switch(s.length){case 0:this._offsets=[0];break;case 1:{let{get:a,set:c,indexOf:l}=Kv[o.typeId],f=s[0];this.isValid=u=>Wo(f,u),this.get=u=>a(f,u),this.set=(u,d)=>c(f,u,d),this.indexOf=u=>l(f,u),this._offsets=[0,f.length];break}default:Object.setPrototypeOf(this,Jv[o.typeId]),this._offsets=gf(s);break}this.data=s,this.type=o,this.stride=Ue(o),this.numChildren=(n=(r=o.children)===null||r===void 0?void 0:r.length)!==null&&n!==void 0?n:0,this.length=this._offsets.at(-1)}get byteLength(){return this.data.reduce((t,e)=>t+e.byteLength,0)}get nullable(){return Yv(this.data)}get nullCount(){return mf(this.data)}get ArrayType(){return this.type.ArrayType}get[Symbol.toStringTag](){return`${this.VectorName}<${this.type[Symbol.toStringTag]}>`}get VectorName(){return`${y[this.type.typeId]}Vector`}isValid(t){return!1}get(t){return null}at(t){return this.get(xn(t,this.length))}set(t,e){}indexOf(t,e){return-1}includes(t,e){return this.indexOf(t,e)>-1}[Symbol.iterator](){return bs.visit(this)}concat(...t){return new i(this.data.concat(t.flatMap(e=>e.data).flat(Number.POSITIVE_INFINITY)))}slice(t,e){return new i(zo(this,t,e,({data:r,_offsets:n},s,o)=>yf(r,n,s,o)))}toJSON(){return[...this]}toArray(){let{type:t,data:e,length:r,stride:n,ArrayType:s}=this;switch(t.typeId){case y.Int:case y.Float:case y.Decimal:case y.Time:case y.Timestamp:switch(e.length){case 0:return new s;case 1:return e[0].values.subarray(0,r*n);default:return e.reduce((o,{values:a,length:c})=>(o.array.set(a.subarray(0,c*n),o.offset),o.offset+=c*n,o),{array:new s(r*n),offset:0}).array}}return[...this]}toString(){return`[${[...this].join(",")}]`}getChild(t){var e;return this.getChildAt((e=this.type.children)===null||e===void 0?void 0:e.findIndex(r=>r.name===t))}getChildAt(t){return t>-1&&t<this.numChildren?new i(this.data.map(({children:e})=>e[t])):null}get isMemoized(){return M.isDictionary(this.type)?this.data[0].dictionary.isMemoized:!1}memoize(){if(M.isDictionary(this.type)){let t=new xf(this.data[0].dictionary),e=this.data.map(r=>{let n=r.clone();return n.dictionary=t,n});return new i(e)}return new xf(this)}unmemoize(){if(M.isDictionary(this.type)&&this.isMemoized){let t=this.data[0].dictionary.unmemoize(),e=this.data.map(r=>{let n=r.clone();return n.dictionary=t,n});return new i(e)}return this}};qv=Symbol.toStringTag;at[qv]=(i=>{i.type=M.prototype,i.data=[],i.length=0,i.stride=1,i.numChildren=0,i._offsets=new Uint32Array([0]),i[Symbol.isConcatSpreadable]=!0,i[Xv]=!0;let t=Object.keys(y).map(e=>y[e]).filter(e=>typeof e=="number"&&e!==y.NONE);for(let e of t){let r=Nt.getVisitFnByTypeId(e),n=ee.getVisitFnByTypeId(e),s=Pn.getVisitFnByTypeId(e);Kv[e]={get:r,set:n,indexOf:s},Jv[e]=Object.create(i,{isValid:{value:xs(Wo)},get:{value:xs(Nt.getVisitFnByTypeId(e))},set:{value:vf(ee.getVisitFnByTypeId(e))},indexOf:{value:_f(Pn.getVisitFnByTypeId(e))}})}return"Vector"})(at.prototype);Object.defineProperty(at,Symbol.hasInstance,{value:function(t){return Function.prototype[Symbol.hasInstance].call(this,t)||this===at&&at.isVector(t)}});var xf=class i extends at{constructor(t){super(t.data);let e=this.get,r=this.set,n=this.slice,s=new Array(this.length);Object.defineProperty(this,"get",{value(o){let a=s[o];if(a!==void 0)return a;let c=e.call(this,o);return s[o]=c,c}}),Object.defineProperty(this,"set",{value(o,a){r.call(this,o,a),s[o]=a}}),Object.defineProperty(this,"slice",{value:(o,a)=>new i(n.call(this,o,a))}),Object.defineProperty(this,"isMemoized",{value:!0}),Object.defineProperty(this,"unmemoize",{value:()=>new at(this.data)}),Object.defineProperty(this,"memoize",{value:()=>this})}};function Qv(i){if(!i||i.length<=0)return function(n){return!0};let t="",e=i.filter(r=>r===r);return e.length>0&&(t=`
    switch (x) {${e.map(r=>`
        case ${NE(r)}:`).join("")}
            return false;
    }`),i.length!==e.length&&(t=`if (x !== x) return false;
${t}`),new Function("x",`${t}
return true;`)}function NE(i){return typeof i!="bigint"?pi(i):`${pi(i)}n`}function Vh(i,t){let e=Math.ceil(i)*t-1;return(e-e%64+64||64)/t}function t_(i,t=0){return i.length>=t?i.subarray(0,t):wo(new i.constructor(t),i,0)}var Se=class{constructor(t,e=0,r=1){this.length=Math.ceil(e/r),this.buffer=new t(this.length),this.stride=r,this.BYTES_PER_ELEMENT=t.BYTES_PER_ELEMENT,this.ArrayType=t}get byteLength(){return Math.ceil(this.length*this.stride)*this.BYTES_PER_ELEMENT}get reservedLength(){return this.buffer.length/this.stride}get reservedByteLength(){return this.buffer.byteLength}set(t,e){return this}append(t){return this.set(this.length,t)}reserve(t){if(t>0){this.length+=t;let e=this.stride,r=this.length*e,n=this.buffer.length;r>=n&&this._resize(n===0?Vh(r*1,this.BYTES_PER_ELEMENT):Vh(r*2,this.BYTES_PER_ELEMENT))}return this}flush(t=this.length){t=Vh(t*this.stride,this.BYTES_PER_ELEMENT);let e=t_(this.buffer,t);return this.clear(),e}clear(){return this.length=0,this.buffer=new this.ArrayType,this}_resize(t){return this.buffer=t_(this.buffer,t)}},vr=class extends Se{last(){return this.get(this.length-1)}get(t){return this.buffer[t]}set(t,e){return this.reserve(t-this.length+1),this.buffer[t*this.stride]=e,this}},ws=class extends vr{constructor(){super(Uint8Array,0,1/8),this.numValid=0}get numInvalid(){return this.length-this.numValid}get(t){return this.buffer[t>>3]>>t%8&1}set(t,e){let{buffer:r}=this.reserve(t-this.length+1),n=t>>3,s=t%8,o=r[n]>>s&1;return e?o===0&&(r[n]|=1<<s,++this.numValid):o===1&&(r[n]&=~(1<<s),--this.numValid),this}clear(){return this.numValid=0,super.clear()}},Jr=class extends vr{constructor(t){super(t.OffsetArrayType,1,1)}append(t){return this.set(this.length-1,t)}set(t,e){let r=this.length-1,n=this.reserve(t-r+1).buffer;return r<t++&&r>=0&&n.fill(n[r],r,t),n[t]=n[t-1]+e,this}flush(t=this.length-1){return t>this.length&&this.set(t-1,this.BYTES_PER_ELEMENT>4?BigInt(0):0),super.flush(t+1)}};var xt=class{static throughNode(t){throw new Error('"throughNode" not available in this environment')}static throughDOM(t){throw new Error('"throughDOM" not available in this environment')}constructor({type:t,nullValues:e}){this.length=0,this.finished=!1,this.type=t,this.children=[],this.nullValues=e,this.stride=Ue(t),this._nulls=new ws,e&&e.length>0&&(this._isValid=Qv(e))}toVector(){return new at([this.flush()])}get ArrayType(){return this.type.ArrayType}get nullCount(){return this._nulls.numInvalid}get numChildren(){return this.children.length}get byteLength(){let t=0,{_offsets:e,_values:r,_nulls:n,_typeIds:s,children:o}=this;return e&&(t+=e.byteLength),r&&(t+=r.byteLength),n&&(t+=n.byteLength),s&&(t+=s.byteLength),o.reduce((a,c)=>a+c.byteLength,t)}get reservedLength(){return this._nulls.reservedLength}get reservedByteLength(){let t=0;return this._offsets&&(t+=this._offsets.reservedByteLength),this._values&&(t+=this._values.reservedByteLength),this._nulls&&(t+=this._nulls.reservedByteLength),this._typeIds&&(t+=this._typeIds.reservedByteLength),this.children.reduce((e,r)=>e+r.reservedByteLength,t)}get valueOffsets(){return this._offsets?this._offsets.buffer:null}get values(){return this._values?this._values.buffer:null}get nullBitmap(){return this._nulls?this._nulls.buffer:null}get typeIds(){return this._typeIds?this._typeIds.buffer:null}append(t){return this.set(this.length,t)}isValid(t){return this._isValid(t)}set(t,e){return this.setValid(t,this.isValid(e))&&this.setValue(t,e),this}setValue(t,e){this._setValue(this,t,e)}setValid(t,e){return this.length=this._nulls.set(t,+e).length,e}addChild(t,e=`${this.numChildren}`){throw new Error(`Cannot append children to non-nested type "${this.type}"`)}getChildAt(t){return this.children[t]||null}flush(){let t,e,r,n,{type:s,length:o,nullCount:a,_typeIds:c,_offsets:l,_values:f,_nulls:u}=this;(e=c?.flush(o))?n=l?.flush(o):(n=l?.flush(o))?t=f?.flush(l.last()):t=f?.flush(o),a>0&&(r=u?.flush(o));let d=this.children.map(h=>h.flush());return this.clear(),Q({type:s,length:o,nullCount:a,children:d,child:d[0],data:t,typeIds:e,nullBitmap:r,valueOffsets:n})}finish(){this.finished=!0;for(let t of this.children)t.finish();return this}clear(){var t,e,r,n;this.length=0,(t=this._nulls)===null||t===void 0||t.clear(),(e=this._values)===null||e===void 0||e.clear(),(r=this._offsets)===null||r===void 0||r.clear(),(n=this._typeIds)===null||n===void 0||n.clear();for(let s of this.children)s.clear();return this}};xt.prototype.length=1;xt.prototype.stride=1;xt.prototype.children=null;xt.prototype.finished=!1;xt.prototype.nullValues=null;xt.prototype._isValid=()=>!0;var Ut=class extends xt{constructor(t){super(t),this._values=new vr(this.ArrayType,0,this.stride)}setValue(t,e){let r=this._values;return r.reserve(t-r.length+1),super.setValue(t,e)}},ae=class extends xt{constructor(t){super(t),this._pendingLength=0,this._offsets=new Jr(t.type)}setValue(t,e){let r=this._pending||(this._pending=new Map),n=r.get(t);n&&(this._pendingLength-=n.length),this._pendingLength+=e instanceof Ni?e[Xr].length:e.length,r.set(t,e)}setValid(t,e){return super.setValid(t,e)?!0:((this._pending||(this._pending=new Map)).set(t,void 0),!1)}clear(){return this._pendingLength=0,this._pending=void 0,super.clear()}flush(){return this._flush(),super.flush()}finish(){return this._flush(),super.finish()}_flush(){let t=this._pending,e=this._pendingLength;return this._pendingLength=0,this._pending=void 0,t&&t.size>0&&this._flushPending(t,e),this}};var En=class{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}offset(){return this.bb.readInt64(this.bb_pos)}metaDataLength(){return this.bb.readInt32(this.bb_pos+8)}bodyLength(){return this.bb.readInt64(this.bb_pos+16)}static sizeOf(){return 24}static createBlock(t,e,r,n){return t.prep(8,24),t.writeInt64(BigInt(n??0)),t.pad(4),t.writeInt32(r),t.writeInt64(BigInt(e??0)),t.offset()}};var ze=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsFooter(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsFooter(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}version(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):yt.V1}schema(t){let e=this.bb.__offset(this.bb_pos,6);return e?(t||new we).__init(this.bb.__indirect(this.bb_pos+e),this.bb):null}dictionaries(t,e){let r=this.bb.__offset(this.bb_pos,8);return r?(e||new En).__init(this.bb.__vector(this.bb_pos+r)+t*24,this.bb):null}dictionariesLength(){let t=this.bb.__offset(this.bb_pos,8);return t?this.bb.__vector_len(this.bb_pos+t):0}recordBatches(t,e){let r=this.bb.__offset(this.bb_pos,10);return r?(e||new En).__init(this.bb.__vector(this.bb_pos+r)+t*24,this.bb):null}recordBatchesLength(){let t=this.bb.__offset(this.bb_pos,10);return t?this.bb.__vector_len(this.bb_pos+t):0}customMetadata(t,e){let r=this.bb.__offset(this.bb_pos,12);return r?(e||new Mt).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos+r)+t*4),this.bb):null}customMetadataLength(){let t=this.bb.__offset(this.bb_pos,12);return t?this.bb.__vector_len(this.bb_pos+t):0}static startFooter(t){t.startObject(5)}static addVersion(t,e){t.addFieldInt16(0,e,yt.V1)}static addSchema(t,e){t.addFieldOffset(1,e,0)}static addDictionaries(t,e){t.addFieldOffset(2,e,0)}static startDictionariesVector(t,e){t.startVector(24,e,8)}static addRecordBatches(t,e){t.addFieldOffset(3,e,0)}static startRecordBatchesVector(t,e){t.startVector(24,e,8)}static addCustomMetadata(t,e){t.addFieldOffset(4,e,0)}static createCustomMetadataVector(t,e){t.startVector(4,e.length,4);for(let r=e.length-1;r>=0;r--)t.addOffset(e[r]);return t.endVector()}static startCustomMetadataVector(t,e){t.startVector(4,e,4)}static endFooter(t){return t.endObject()}static finishFooterBuffer(t,e){t.finish(e)}static finishSizePrefixedFooterBuffer(t,e){t.finish(e,void 0,!0)}};var e_=Symbol.for("apache-arrow/Schema"),i_=Symbol.for("apache-arrow/Field"),ft=class i{static isSchema(t){return t?.[e_]===!0}constructor(t=[],e,r,n=yt.V5){this.fields=t||[],this.metadata=e||new Map,r||(r=jh(this.fields)),this.dictionaries=r,this.metadataVersion=n}get[Symbol.toStringTag](){return"Schema"}get names(){return this.fields.map(t=>t.name)}toString(){return`Schema<{ ${this.fields.map((t,e)=>`${e}: ${t}`).join(", ")} }>`}select(t){let e=new Set(t),r=this.fields.filter(n=>e.has(n.name));return new i(r,this.metadata)}selectAt(t){let e=t.map(r=>this.fields[r]).filter(Boolean);return new i(e,this.metadata)}assign(...t){let e=t[0]instanceof i?t[0]:Array.isArray(t[0])?new i(t[0]):new i(t),r=[...this.fields],n=bf(bf(new Map,this.metadata),e.metadata),s=e.fields.filter(a=>{let c=r.findIndex(l=>l.name===a.name);return~c?(r[c]=a.clone({metadata:bf(bf(new Map,r[c].metadata),a.metadata)}))&&!1:!0}),o=jh(s,new Map);return new i([...r,...s],n,new Map([...this.dictionaries,...o]))}};ft.prototype.fields=null;ft.prototype.metadata=null;ft.prototype.dictionaries=null;ft.prototype[e_]=!0;Object.defineProperty(ft,Symbol.hasInstance,{value:function(t){return Function.prototype[Symbol.hasInstance].call(this,t)||this===ft&&ft.isSchema(t)}});var et=class i{static isField(t){return t?.[i_]===!0}static new(...t){let[e,r,n,s]=t;return t[0]&&typeof t[0]=="object"&&({name:e}=t[0],r===void 0&&(r=t[0].type),n===void 0&&(n=t[0].nullable),s===void 0&&(s=t[0].metadata)),new i(`${e}`,r,n,s)}constructor(t,e,r=!1,n){this.name=t,this.type=e,this.nullable=r,this.metadata=n||new Map}get typeId(){return this.type.typeId}get[Symbol.toStringTag](){return"Field"}toString(){return`${this.name}: ${this.type}`}clone(...t){let[e,r,n,s]=t;return!t[0]||typeof t[0]!="object"?[e=this.name,r=this.type,n=this.nullable,s=this.metadata]=t:{name:e=this.name,type:r=this.type,nullable:n=this.nullable,metadata:s=this.metadata}=t[0],i.new(e,r,n,s)}};et.prototype.type=null;et.prototype.name=null;et.prototype.nullable=null;et.prototype.metadata=null;et.prototype[i_]=!0;Object.defineProperty(et,Symbol.hasInstance,{value:function(t){return Function.prototype[Symbol.hasInstance].call(this,t)||this===et&&et.isField(t)}});function bf(i,t){return new Map([...i||new Map,...t||new Map])}function jh(i,t=new Map){for(let e=-1,r=i.length;++e<r;){let s=i[e].type;if(M.isDictionary(s)){if(!t.has(s.id))t.set(s.id,s.dictionary);else if(t.get(s.id)!==s.dictionary)throw new Error("Cannot create Schema containing two different dictionaries with the same Id")}s.children&&s.children.length>0&&jh(s.children,t)}return t}var UE=vn,zE=te,_r=class{static decode(t){t=new zE(U(t));let e=ze.getRootAsFooter(t),r=ft.decode(e.schema(),new Map,e.version());return new Wh(r,e)}static encode(t){let e=new UE,r=ft.encode(e,t.schema);ze.startRecordBatchesVector(e,t.numRecordBatches);for(let o of[...t.recordBatches()].slice().reverse())xr.encode(e,o);let n=e.endVector();ze.startDictionariesVector(e,t.numDictionaries);for(let o of[...t.dictionaryBatches()].slice().reverse())xr.encode(e,o);let s=e.endVector();return ze.startFooter(e),ze.addSchema(e,r),ze.addVersion(e,yt.V5),ze.addRecordBatches(e,n),ze.addDictionaries(e,s),ze.finishFooterBuffer(e,ze.endFooter(e)),e.asUint8Array()}get numRecordBatches(){return this._recordBatches.length}get numDictionaries(){return this._dictionaryBatches.length}constructor(t,e=yt.V5,r,n){this.schema=t,this.version=e,r&&(this._recordBatches=r),n&&(this._dictionaryBatches=n)}*recordBatches(){for(let t,e=-1,r=this.numRecordBatches;++e<r;)(t=this.getRecordBatch(e))&&(yield t)}*dictionaryBatches(){for(let t,e=-1,r=this.numDictionaries;++e<r;)(t=this.getDictionaryBatch(e))&&(yield t)}getRecordBatch(t){return t>=0&&t<this.numRecordBatches&&this._recordBatches[t]||null}getDictionaryBatch(t){return t>=0&&t<this.numDictionaries&&this._dictionaryBatches[t]||null}};var Wh=class extends _r{get numRecordBatches(){return this._footer.recordBatchesLength()}get numDictionaries(){return this._footer.dictionariesLength()}constructor(t,e){super(t,e.version()),this._footer=e}getRecordBatch(t){if(t>=0&&t<this.numRecordBatches){let e=this._footer.recordBatches(t);if(e)return xr.decode(e)}return null}getDictionaryBatch(t){if(t>=0&&t<this.numDictionaries){let e=this._footer.dictionaries(t);if(e)return xr.decode(e)}return null}},xr=class i{static decode(t){return new i(t.metaDataLength(),t.bodyLength(),t.offset())}static encode(t,e){let{metaDataLength:r}=e,n=BigInt(e.offset),s=BigInt(e.bodyLength);return En.createBlock(t,n,r,s)}constructor(t,e,r){this.metaDataLength=t,this.offset=ot(r),this.bodyLength=ot(e)}};var Ve=class i{constructor(){this.bb=null,this.bb_pos=0}__init(t,e){return this.bb_pos=t,this.bb=e,this}static getRootAsMessage(t,e){return(e||new i).__init(t.readInt32(t.position())+t.position(),t)}static getSizePrefixedRootAsMessage(t,e){return t.setPosition(t.position()+4),(e||new i).__init(t.readInt32(t.position())+t.position(),t)}version(){let t=this.bb.__offset(this.bb_pos,4);return t?this.bb.readInt16(this.bb_pos+t):yt.V1}headerType(){let t=this.bb.__offset(this.bb_pos,6);return t?this.bb.readUint8(this.bb_pos+t):lt.NONE}header(t){let e=this.bb.__offset(this.bb_pos,8);return e?this.bb.__union(t,this.bb_pos+e):null}bodyLength(){let t=this.bb.__offset(this.bb_pos,10);return t?this.bb.readInt64(this.bb_pos+t):BigInt("0")}customMetadata(t,e){let r=this.bb.__offset(this.bb_pos,12);return r?(e||new Mt).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos+r)+t*4),this.bb):null}customMetadataLength(){let t=this.bb.__offset(this.bb_pos,12);return t?this.bb.__vector_len(this.bb_pos+t):0}static startMessage(t){t.startObject(5)}static addVersion(t,e){t.addFieldInt16(0,e,yt.V1)}static addHeaderType(t,e){t.addFieldInt8(1,e,lt.NONE)}static addHeader(t,e){t.addFieldOffset(2,e,0)}static addBodyLength(t,e){t.addFieldInt64(3,e,BigInt("0"))}static addCustomMetadata(t,e){t.addFieldOffset(4,e,0)}static createCustomMetadataVector(t,e){t.startVector(4,e.length,4);for(let r=e.length-1;r>=0;r--)t.addOffset(e[r]);return t.endVector()}static startCustomMetadataVector(t,e){t.startVector(4,e,4)}static endMessage(t){return t.endObject()}static finishMessageBuffer(t,e){t.finish(e)}static finishSizePrefixedMessageBuffer(t,e){t.finish(e,void 0,!0)}static createMessage(t,e,r,n,s,o){return i.startMessage(t),i.addVersion(t,e),i.addHeaderType(t,r),i.addHeader(t,n),i.addBodyLength(t,s),i.addCustomMetadata(t,o),i.endMessage(t)}};var Gh=class extends Y{visit(t,e){return t==null||e==null?void 0:super.visit(t,e)}visitNull(t,e){return Bo.startNull(e),Bo.endNull(e)}visitInt(t,e){return di.startInt(e),di.addBitWidth(e,t.bitWidth),di.addIsSigned(e,t.isSigned),di.endInt(e)}visitFloat(t,e){return Hr.startFloatingPoint(e),Hr.addPrecision(e,t.precision),Hr.endFloatingPoint(e)}visitBinary(t,e){return Io.startBinary(e),Io.endBinary(e)}visitBinaryView(t,e){return To.startBinaryView(e),To.endBinaryView(e)}visitLargeBinary(t,e){return Mo.startLargeBinary(e),Mo.endLargeBinary(e)}visitBool(t,e){return Ao.startBool(e),Ao.endBool(e)}visitUtf8(t,e){return Do.startUtf8(e),Do.endUtf8(e)}visitUtf8View(t,e){return ko.startUtf8View(e),ko.endUtf8View(e)}visitLargeUtf8(t,e){return Lo.startLargeUtf8(e),Lo.endLargeUtf8(e)}visitDecimal(t,e){return ki.startDecimal(e),ki.addScale(e,t.scale),ki.addPrecision(e,t.precision),ki.addBitWidth(e,t.bitWidth),ki.endDecimal(e)}visitDate(t,e){return Vr.startDate(e),Vr.addUnit(e,t.unit),Vr.endDate(e)}visitTime(t,e){return rr.startTime(e),rr.addUnit(e,t.unit),rr.addBitWidth(e,t.bitWidth),rr.endTime(e)}visitTimestamp(t,e){let r=t.timezone&&e.createString(t.timezone)||void 0;return nr.startTimestamp(e),nr.addUnit(e,t.unit),r!==void 0&&nr.addTimezone(e,r),nr.endTimestamp(e)}visitInterval(t,e){return $r.startInterval(e),$r.addUnit(e,t.unit),$r.endInterval(e)}visitDuration(t,e){return jr.startDuration(e),jr.addUnit(e,t.unit),jr.endDuration(e)}visitList(t,e){return Oo.startList(e),Oo.endList(e)}visitLargeList(t,e){return Co.startLargeList(e),Co.endLargeList(e)}visitStruct(t,e){return Ro.startStruct_(e),Ro.endStruct_(e)}visitUnion(t,e){hi.startTypeIdsVector(e,t.typeIds.length);let r=hi.createTypeIdsVector(e,t.typeIds);return hi.startUnion(e),hi.addMode(e,t.mode),hi.addTypeIds(e,r),hi.endUnion(e)}visitDictionary(t,e){let r=this.visit(t.indices,e);return Di.startDictionaryEncoding(e),Di.addId(e,BigInt(t.id)),Di.addIsOrdered(e,t.isOrdered),r!==void 0&&Di.addIndexType(e,r),Di.endDictionaryEncoding(e)}visitFixedSizeBinary(t,e){return Wr.startFixedSizeBinary(e),Wr.addByteWidth(e,t.byteWidth),Wr.endFixedSizeBinary(e)}visitFixedSizeList(t,e){return Gr.startFixedSizeList(e),Gr.addListSize(e,t.listSize),Gr.endFixedSizeList(e)}visitMap(t,e){return Yr.startMap(e),Yr.addKeysSorted(e,t.keysSorted),Yr.endMap(e)}},wf=new Gh;function o_(i,t=new Map){return new ft(VE(i,t),Sf(i.metadata),t)}function Hh(i){return new zt(i.count,c_(i.columns),l_(i.columns),null,f_(i.columns))}function a_(i){return new ce(Hh(i.data),i.id,i.isDelta)}function VE(i,t){return(i.fields||[]).filter(Boolean).map(e=>et.fromJSON(e,t))}function r_(i,t){return(i.children||[]).filter(Boolean).map(e=>et.fromJSON(e,t))}function c_(i){return(i||[]).reduce((t,e)=>[...t,new Je(e.count,jE(e.VALIDITY)),...c_(e.children)],[])}function l_(i,t=[]){for(let e=-1,r=(i||[]).length;++e<r;){let n=i[e];if(n.VALIDITY&&t.push(new Bt(t.length,n.VALIDITY.length)),n.TYPE_ID&&t.push(new Bt(t.length,n.TYPE_ID.length)),n.OFFSET&&t.push(new Bt(t.length,n.OFFSET.length)),n.DATA&&t.push(new Bt(t.length,n.DATA.length)),n.VIEWS&&t.push(new Bt(t.length,n.VIEWS.length)),n.VARIADIC_DATA_BUFFERS)for(let s of n.VARIADIC_DATA_BUFFERS)t.push(new Bt(t.length,s.length));t=l_(n.children,t)}return t}function jE(i){return(i||[]).reduce((t,e)=>t+ +(e===0),0)}function f_(i){return(i||[]).reduce((t,e)=>[...t,...e.VARIADIC_DATA_BUFFERS?[e.VARIADIC_DATA_BUFFERS.length]:[],...f_(e.children)],[])}function u_(i,t){let e,r,n,s,o,a;return!t||!(s=i.dictionary)?(o=s_(i,r_(i,t)),n=new et(i.name,o,i.nullable,Sf(i.metadata))):t.has(e=s.id)?(r=(r=s.indexType)?n_(r):new Fi,a=new Ne(t.get(e),r,e,s.isOrdered),n=new et(i.name,a,i.nullable,Sf(i.metadata))):(r=(r=s.indexType)?n_(r):new Fi,t.set(e,o=s_(i,r_(i,t))),a=new Ne(o,r,e,s.isOrdered),n=new et(i.name,a,i.nullable,Sf(i.metadata))),n||null}function Sf(i=[]){return new Map(i.map(({key:t,value:e})=>[t,e]))}function n_(i){return new jt(i.isSigned,i.bitWidth)}function s_(i,t){let e=i.type.name;switch(e){case"NONE":return new ge;case"null":return new ge;case"binary":return new sr;case"largebinary":return new or;case"binaryview":return new nt;case"utf8":return new ar;case"largeutf8":return new cr;case"utf8view":return new Fe;case"bool":return new lr;case"list":return new gi((t||[])[0]);case"largelist":return new yi((t||[])[0]);case"struct":return new Et(t||[]);case"struct_":return new Et(t||[])}switch(e){case"int":{let r=i.type;return new jt(r.isSigned,r.bitWidth)}case"floatingpoint":{let r=i.type;return new Ke(vt[r.precision])}case"decimal":{let r=i.type;return new fr(r.scale,r.precision,r.bitWidth)}case"date":{let r=i.type;return new ur(kt[r.unit])}case"time":{let r=i.type;return new dr(F[r.unit],r.bitWidth)}case"timestamp":{let r=i.type;return new hr(F[r.unit],r.timezone)}case"interval":{let r=i.type;return new pr(Pt[r.unit])}case"duration":{let r=i.type;return new mr(F[r.unit])}case"union":{let r=i.type,[n,...s]=(r.mode+"").toLowerCase(),o=n.toUpperCase()+s.join("");return new vi(_t[o],r.typeIds||[],t||[])}case"fixedsizebinary":{let r=i.type;return new gr(r.byteWidth)}case"fixedsizelist":{let r=i.type;return new _i(r.listSize,(t||[])[0])}case"map":{let r=i.type;return new xi((t||[])[0],r.keysSorted)}}throw new Error(`Unrecognized type: "${e}"`)}var WE=vn,GE=te,Pe=class i{static fromJSON(t,e){let r=new i(0,yt.V5,e);return r._createHeader=HE(t,e),r}static decode(t){t=new GE(U(t));let e=Ve.getRootAsMessage(t),r=e.bodyLength(),n=e.version(),s=e.headerType(),o=rI(e),a=new i(r,n,s,void 0,o);return a._createHeader=$E(e,s),a}static encode(t){let e=new WE,r=-1;t.isSchema()?r=ft.encode(e,t.header()):t.isRecordBatch()?r=zt.encode(e,t.header()):t.isDictionaryBatch()&&(r=ce.encode(e,t.header()));let n=t.metadata&&t.metadata.size>0?Ve.createCustomMetadataVector(e,[...t.metadata].map(([s,o])=>{let a=e.createString(`${s}`),c=e.createString(`${o}`);return Mt.startKeyValue(e),Mt.addKey(e,a),Mt.addValue(e,c),Mt.endKeyValue(e)})):-1;return Ve.startMessage(e),Ve.addVersion(e,yt.V5),Ve.addHeader(e,r),Ve.addHeaderType(e,t.headerType),Ve.addBodyLength(e,BigInt(t.bodyLength)),n!==-1&&Ve.addCustomMetadata(e,n),Ve.finishMessageBuffer(e,Ve.endMessage(e)),e.asUint8Array()}static from(t,e=0){if(t instanceof ft)return new i(0,yt.V5,lt.Schema,t);if(t instanceof zt)return new i(e,yt.V5,lt.RecordBatch,t,t.metadata);if(t instanceof ce)return new i(e,yt.V5,lt.DictionaryBatch,t);throw new Error(`Unrecognized Message header: ${t}`)}get type(){return this.headerType}get version(){return this._version}get headerType(){return this._headerType}get compression(){return this._compression}get bodyLength(){return this._bodyLength}get metadata(){return this._metadata}header(){return this._createHeader()}isSchema(){return this.headerType===lt.Schema}isRecordBatch(){return this.headerType===lt.RecordBatch}isDictionaryBatch(){return this.headerType===lt.DictionaryBatch}constructor(t,e,r,n,s){this._version=e,this._headerType=r,this.body=new Uint8Array(0),this._compression=n?.compression,n&&(this._createHeader=()=>n),this._bodyLength=ot(t),this._metadata=s||new Map}},zt=class{get nodes(){return this._nodes}get length(){return this._length}get buffers(){return this._buffers}get compression(){return this._compression}get variadicBufferCounts(){return this._variadicBufferCounts}get metadata(){return this._metadata}constructor(t,e,r,n,s=[],o){this._nodes=e,this._buffers=r,this._length=ot(t),this._compression=n,this._variadicBufferCounts=s,this._metadata=o||new Map}},ce=class{get id(){return this._id}get data(){return this._data}get isDelta(){return this._isDelta}get length(){return this.data.length}get nodes(){return this.data.nodes}get buffers(){return this.data.buffers}constructor(t,e,r=!1){this._data=t,this._isDelta=r,this._id=ot(e)}},Bt=class{constructor(t,e){this.offset=ot(t),this.length=ot(e)}},Je=class{constructor(t,e){this.length=ot(t),this.nullCount=ot(e)}},In=class{constructor(t,e=_n.BUFFER){this.type=t,this.method=e}};function HE(i,t){return(()=>{switch(t){case lt.Schema:return ft.fromJSON(i);case lt.RecordBatch:return zt.fromJSON(i);case lt.DictionaryBatch:return ce.fromJSON(i)}throw new Error(`Unrecognized Message type: { name: ${lt[t]}, type: ${t} }`)})}function $E(i,t){return(()=>{switch(t){case lt.Schema:return ft.decode(i.header(new we),new Map,i.version());case lt.RecordBatch:return zt.decode(i.header(new se),i.version());case lt.DictionaryBatch:return ce.decode(i.header(new ir),i.version())}throw new Error(`Unrecognized Message type: { name: ${lt[t]}, type: ${t} }`)})}et.encode=sI;et.decode=iI;et.fromJSON=u_;ft.encode=nI;ft.decode=YE;ft.fromJSON=o_;zt.encode=oI;zt.decode=ZE;zt.fromJSON=Hh;ce.encode=aI;ce.decode=qE;ce.fromJSON=a_;Je.encode=cI;Je.decode=KE;Bt.encode=lI;Bt.decode=XE;In.encode=g_;In.decode=m_;function YE(i,t=new Map,e=yt.V5){let r=eI(i,t);return new ft(r,Pf(i),t,e)}function ZE(i,t=yt.V5){return new zt(i.length(),JE(i),QE(i,t),m_(i.compression()),tI(i))}function qE(i,t=yt.V5){return new ce(zt.decode(i.data(),t),i.id(),i.isDelta())}function XE(i){return new Bt(i.offset(),i.length())}function KE(i){return new Je(i.length(),i.nullCount())}function JE(i){let t=[];for(let e,r=-1,n=-1,s=i.nodesLength();++r<s;)(e=i.nodes(r))&&(t[++n]=Je.decode(e));return t}function QE(i,t){let e=[];for(let r,n=-1,s=-1,o=i.buffersLength();++n<o;)(r=i.buffers(n))&&(t<yt.V4&&(r.bb_pos+=8*(n+1)),e[++s]=Bt.decode(r));return e}function tI(i){let t=[],e=Math.trunc(i.variadicBufferCountsLength());for(let r=0;r<e;++r)t.push(ot(i.variadicBufferCounts(r)));return t}function eI(i,t){let e=[];for(let r,n=-1,s=-1,o=i.fieldsLength();++n<o;)(r=i.fields(n))&&(e[++s]=et.decode(r,t));return e}function d_(i,t){let e=[];for(let r,n=-1,s=-1,o=i.childrenLength();++n<o;)(r=i.children(n))&&(e[++s]=et.decode(r,t));return e}function iI(i,t){let e,r,n,s,o,a;return!t||!(a=i.dictionary())?(n=p_(i,d_(i,t)),r=new et(i.name(),n,i.nullable(),Pf(i))):t.has(e=ot(a.id()))?(s=(s=a.indexType())?h_(s):new Fi,o=new Ne(t.get(e),s,e,a.isOrdered()),r=new et(i.name(),o,i.nullable(),Pf(i))):(s=(s=a.indexType())?h_(s):new Fi,t.set(e,n=p_(i,d_(i,t))),o=new Ne(n,s,e,a.isOrdered()),r=new et(i.name(),o,i.nullable(),Pf(i))),r||null}function Pf(i){let t=new Map;if(i)for(let e,r,n=-1,s=Math.trunc(i.customMetadataLength());++n<s;)(e=i.customMetadata(n))&&(r=e.key())!=null&&t.set(r,e.value());return t}function rI(i){let t=new Map;for(let e,r,n=-1,s=Math.trunc(i.customMetadataLength());++n<s;)(e=i.customMetadata(n))&&(r=e.key())!=null&&t.set(r,e.value());return t}function h_(i){return new jt(i.isSigned(),i.bitWidth())}function p_(i,t){let e=i.typeType();switch(e){case mt.NONE:return new ge;case mt.Null:return new ge;case mt.Binary:return new sr;case mt.LargeBinary:return new or;case mt.BinaryView:return new nt;case mt.Utf8:return new ar;case mt.LargeUtf8:return new cr;case mt.Utf8View:return new Fe;case mt.Bool:return new lr;case mt.List:return new gi((t||[])[0]);case mt.LargeList:return new yi((t||[])[0]);case mt.Struct_:return new Et(t||[])}switch(e){case mt.Int:{let r=i.type(new di);return new jt(r.isSigned(),r.bitWidth())}case mt.FloatingPoint:{let r=i.type(new Hr);return new Ke(r.precision())}case mt.Decimal:{let r=i.type(new ki);return new fr(r.scale(),r.precision(),r.bitWidth())}case mt.Date:{let r=i.type(new Vr);return new ur(r.unit())}case mt.Time:{let r=i.type(new rr);return new dr(r.unit(),r.bitWidth())}case mt.Timestamp:{let r=i.type(new nr);return new hr(r.unit(),r.timezone())}case mt.Interval:{let r=i.type(new $r);return new pr(r.unit())}case mt.Duration:{let r=i.type(new jr);return new mr(r.unit())}case mt.Union:{let r=i.type(new hi);return new vi(r.mode(),r.typeIdsArray()||[],t||[])}case mt.FixedSizeBinary:{let r=i.type(new Wr);return new gr(r.byteWidth())}case mt.FixedSizeList:{let r=i.type(new Gr);return new _i(r.listSize(),(t||[])[0])}case mt.Map:{let r=i.type(new Yr);return new xi((t||[])[0],r.keysSorted())}}throw new Error(`Unrecognized type: "${mt[e]}" (${e})`)}function m_(i){return i?new In(i.codec(),i.method()):null}function nI(i,t){let e=t.fields.map(s=>et.encode(i,s));we.startFieldsVector(i,e.length);let r=we.createFieldsVector(i,e),n=t.metadata&&t.metadata.size>0?we.createCustomMetadataVector(i,[...t.metadata].map(([s,o])=>{let a=i.createString(`${s}`),c=i.createString(`${o}`);return Mt.startKeyValue(i),Mt.addKey(i,a),Mt.addValue(i,c),Mt.endKeyValue(i)})):-1;return we.startSchema(i),we.addFields(i,r),we.addEndianness(i,fI?zr.Little:zr.Big),n!==-1&&we.addCustomMetadata(i,n),we.endSchema(i)}function sI(i,t){let e=-1,r=-1,n=-1,s=t.type,o=t.typeId;M.isDictionary(s)?(o=s.dictionary.typeId,n=wf.visit(s,i),r=wf.visit(s.dictionary,i)):r=wf.visit(s,i);let a=(s.children||[]).map(f=>et.encode(i,f)),c=oe.createChildrenVector(i,a),l=t.metadata&&t.metadata.size>0?oe.createCustomMetadataVector(i,[...t.metadata].map(([f,u])=>{let d=i.createString(`${f}`),h=i.createString(`${u}`);return Mt.startKeyValue(i),Mt.addKey(i,d),Mt.addValue(i,h),Mt.endKeyValue(i)})):-1;return t.name&&(e=i.createString(t.name)),oe.startField(i),oe.addType(i,r),oe.addTypeType(i,o),oe.addChildren(i,c),oe.addNullable(i,!!t.nullable),e!==-1&&oe.addName(i,e),n!==-1&&oe.addDictionary(i,n),l!==-1&&oe.addCustomMetadata(i,l),oe.endField(i)}function oI(i,t){let e=t.nodes||[],r=t.buffers||[],n=t.variadicBufferCounts||[];se.startNodesVector(i,e.length);for(let l of e.slice().reverse())Je.encode(i,l);let s=i.endVector();se.startBuffersVector(i,r.length);for(let l of r.slice().reverse())Bt.encode(i,l);let o=i.endVector(),a=null;t.compression!==null&&(a=g_(i,t.compression));let c=-1;return n.length>0&&(c=se.createVariadicBufferCountsVector(i,n.map(BigInt))),se.startRecordBatch(i),se.addLength(i,BigInt(t.length)),se.addNodes(i,s),se.addBuffers(i,o),t.compression!==null&&a&&se.addCompression(i,a),c!==-1&&se.addVariadicBufferCounts(i,c),se.endRecordBatch(i)}function g_(i,t){return er.startBodyCompression(i),er.addCodec(i,t.type),er.addMethod(i,t.method),er.endBodyCompression(i)}function aI(i,t){let e=zt.encode(i,t.data);return ir.startDictionaryBatch(i),ir.addId(i,BigInt(t.id)),ir.addIsDelta(i,t.isDelta),ir.addData(i,e),ir.endDictionaryBatch(i)}function cI(i,t){return fs.createFieldNode(i,BigInt(t.length),BigInt(t.nullCount))}function lI(i,t){return ls.createBuffer(i,BigInt(t.offset),BigInt(t.length))}var fI=(()=>{let i=new ArrayBuffer(2);return new DataView(i).setInt16(0,256,!0),new Int16Array(i)[0]===256})();var It=Object.freeze({done:!0,value:void 0}),Go=class{constructor(t){this._json=t}get schema(){return this._json.schema}get batches(){return this._json.batches||[]}get dictionaries(){return this._json.dictionaries||[]}},Tn=class{tee(){return this._getDOMStream().tee()}pipe(t,e){return this._getNodeStream().pipe(t,e)}pipeTo(t,e){return this._getDOMStream().pipeTo(t,e)}pipeThrough(t,e){return this._getDOMStream().pipeThrough(t,e)}_getDOMStream(){return this._DOMStream||(this._DOMStream=this.toDOMStream())}_getNodeStream(){return this._nodeStream||(this._nodeStream=this.toNodeStream())}},Ef=class extends Tn{constructor(){super(),this._values=[],this.resolvers=[],this._closedPromise=new Promise(t=>this._closedPromiseResolve=t)}get closed(){return this._closedPromise}cancel(t){return B(this,void 0,void 0,function*(){yield this.return(t)})}write(t){this._ensureOpen()&&(this.resolvers.length<=0?this._values.push(t):this.resolvers.shift().resolve({done:!1,value:t}))}abort(t){this._closedPromiseResolve&&(this.resolvers.length<=0?this._error={error:t}:this.resolvers.shift().reject({done:!0,value:t}))}close(){if(this._closedPromiseResolve){let{resolvers:t}=this;for(;t.length>0;)t.shift().resolve(It);this._closedPromiseResolve(),this._closedPromiseResolve=void 0}}[Symbol.asyncIterator](){return this}toDOMStream(t){return Qt.toDOMStream(this._closedPromiseResolve||this._error?this:this._values,t)}toNodeStream(t){return Qt.toNodeStream(this._closedPromiseResolve||this._error?this:this._values,t)}throw(t){return B(this,void 0,void 0,function*(){return yield this.abort(t),It})}return(t){return B(this,void 0,void 0,function*(){return yield this.close(),It})}read(t){return B(this,void 0,void 0,function*(){return(yield this.next(t,"read")).value})}peek(t){return B(this,void 0,void 0,function*(){return(yield this.next(t,"peek")).value})}next(...t){return this._values.length>0?Promise.resolve({done:!1,value:this._values.shift()}):this._error?Promise.reject({done:!0,value:this._error.error}):this._closedPromiseResolve?new Promise((e,r)=>{this.resolvers.push({resolve:e,reject:r})}):Promise.resolve(It)}_ensureOpen(){if(this._closedPromiseResolve)return!0;throw new Error("AsyncQueue is closed")}};var Ui=class extends Ef{write(t){if((t=U(t)).byteLength>0)return super.write(t)}toString(t=!1){return t?as(this.toUint8Array(!0)):this.toUint8Array(!1).then(as)}toUint8Array(t=!1){return t?De(this._values)[0]:B(this,void 0,void 0,function*(){var e,r,n,s;let o=[],a=0;try{for(var c=!0,l=ci(this),f;f=yield l.next(),e=f.done,!e;c=!0){s=f.value,c=!1;let u=s;o.push(u),a+=u.byteLength}}catch(u){r={error:u}}finally{try{!c&&!e&&(n=l.return)&&(yield n.call(l))}finally{if(r)throw r.error}}return De(o,a)[0]})}},zi=class{constructor(t){t&&(this.source=new $h(Qt.fromIterable(t)))}[Symbol.iterator](){return this}next(t){return this.source.next(t)}throw(t){return this.source.throw(t)}return(t){return this.source.return(t)}peek(t){return this.source.peek(t)}read(t){return this.source.read(t)}},Qe=class i{constructor(t){t instanceof i?this.source=t.source:t instanceof Ui?this.source=new br(Qt.fromAsyncIterable(t)):Ll(t)?this.source=new br(Qt.fromNodeStream(t)):bo(t)?this.source=new br(Qt.fromDOMStream(t)):Ml(t)?this.source=new br(Qt.fromDOMStream(t.body)):li(t)?this.source=new br(Qt.fromIterable(t)):Re(t)?this.source=new br(Qt.fromAsyncIterable(t)):qe(t)&&(this.source=new br(Qt.fromAsyncIterable(t)))}[Symbol.asyncIterator](){return this}next(t){return this.source.next(t)}throw(t){return this.source.throw(t)}return(t){return this.source.return(t)}get closed(){return this.source.closed}cancel(t){return this.source.cancel(t)}peek(t){return this.source.peek(t)}read(t){return this.source.read(t)}},$h=class{constructor(t){this.source=t}cancel(t){this.return(t)}peek(t){return this.next(t,"peek").value}read(t){return this.next(t,"read").value}next(t,e="read"){return this.source.next({cmd:e,size:t})}throw(t){return Object.create(this.source.throw&&this.source.throw(t)||It)}return(t){return Object.create(this.source.return&&this.source.return(t)||It)}},br=class{constructor(t){this.source=t,this._closedPromise=new Promise(e=>this._closedPromiseResolve=e)}cancel(t){return B(this,void 0,void 0,function*(){yield this.return(t)})}get closed(){return this._closedPromise}read(t){return B(this,void 0,void 0,function*(){return(yield this.next(t,"read")).value})}peek(t){return B(this,void 0,void 0,function*(){return(yield this.next(t,"peek")).value})}next(t){return B(this,arguments,void 0,function*(e,r="read"){return yield this.source.next({cmd:r,size:e})})}throw(t){return B(this,void 0,void 0,function*(){let e=this.source.throw&&(yield this.source.throw(t))||It;return this._closedPromiseResolve&&this._closedPromiseResolve(),this._closedPromiseResolve=void 0,Object.create(e)})}return(t){return B(this,void 0,void 0,function*(){let e=this.source.return&&(yield this.source.return(t))||It;return this._closedPromiseResolve&&this._closedPromiseResolve(),this._closedPromiseResolve=void 0,Object.create(e)})}};var Ho=class extends zi{constructor(t,e){super(),this.position=0,this.buffer=U(t),this.size=e===void 0?this.buffer.byteLength:e}readInt32(t){let{buffer:e,byteOffset:r}=this.readAt(t,4);return new DataView(e,r).getInt32(0,!0)}seek(t){return this.position=Math.min(t,this.size),t<this.size}read(t){let{buffer:e,size:r,position:n}=this;return e&&n<r?(typeof t!="number"&&(t=Number.POSITIVE_INFINITY),this.position=Math.min(r,n+Math.min(r-n,t)),e.subarray(n,this.position)):null}readAt(t,e){let r=this.buffer,n=Math.min(this.size,t+e);return r?r.subarray(t,n):new Uint8Array(e)}close(){this.buffer&&(this.buffer=null)}throw(t){return this.close(),{done:!0,value:t}}return(t){return this.close(),{done:!0,value:t}}},Qr=class extends Qe{constructor(t,e){super(),this.position=0,this._handle=t,typeof e=="number"?this.size=e:this._pending=B(this,void 0,void 0,function*(){this.size=(yield t.stat()).size,delete this._pending})}readInt32(t){return B(this,void 0,void 0,function*(){let{buffer:e,byteOffset:r}=yield this.readAt(t,4);return new DataView(e,r).getInt32(0,!0)})}seek(t){return B(this,void 0,void 0,function*(){return this._pending&&(yield this._pending),this.position=Math.min(t,this.size),t<this.size})}read(t){return B(this,void 0,void 0,function*(){this._pending&&(yield this._pending);let{_handle:e,size:r,position:n}=this;if(e&&n<r){typeof t!="number"&&(t=Number.POSITIVE_INFINITY);let s=n,o=0,a=0,c=Math.min(r,s+Math.min(r-s,t)),l=new Uint8Array(Math.max(0,(this.position=c)-s));for(;(s+=a)<c&&(o+=a)<l.byteLength;)({bytesRead:a}=yield e.read(l,o,l.byteLength-o,s));return l}return null})}readAt(t,e){return B(this,void 0,void 0,function*(){this._pending&&(yield this._pending);let{_handle:r,size:n}=this;if(r&&t+e<n){let s=Math.min(n,t+e),o=new Uint8Array(s-t);return(yield r.read(o,0,e,t)).buffer}return new Uint8Array(e)})}close(){return B(this,void 0,void 0,function*(){let t=this._handle;this._handle=null,t&&(yield t.close())})}throw(t){return B(this,void 0,void 0,function*(){return yield this.close(),{done:!0,value:t}})}return(t){return B(this,void 0,void 0,function*(){return yield this.close(),{done:!0,value:t}})}};var Zh={};he(Zh,{BaseInt64:()=>$o,Int128:()=>Yo,Int64:()=>wr,Uint64:()=>Ct});function Ss(i){return i<0&&(i=4294967295+i+1),`0x${i.toString(16)}`}var Ps=8,Yh=[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8],$o=class{constructor(t){this.buffer=t}high(){return this.buffer[1]}low(){return this.buffer[0]}_times(t){let e=new Uint32Array([this.buffer[1]>>>16,this.buffer[1]&65535,this.buffer[0]>>>16,this.buffer[0]&65535]),r=new Uint32Array([t.buffer[1]>>>16,t.buffer[1]&65535,t.buffer[0]>>>16,t.buffer[0]&65535]),n=e[3]*r[3];this.buffer[0]=n&65535;let s=n>>>16;return n=e[2]*r[3],s+=n,n=e[3]*r[2]>>>0,s+=n,this.buffer[0]+=s<<16,this.buffer[1]=s>>>0<n?65536:0,this.buffer[1]+=s>>>16,this.buffer[1]+=e[1]*r[3]+e[2]*r[2]+e[3]*r[1],this.buffer[1]+=e[0]*r[3]+e[1]*r[2]+e[2]*r[1]+e[3]*r[0]<<16,this}_plus(t){let e=this.buffer[0]+t.buffer[0]>>>0;this.buffer[1]+=t.buffer[1],e<this.buffer[0]>>>0&&++this.buffer[1],this.buffer[0]=e}lessThan(t){return this.buffer[1]<t.buffer[1]||this.buffer[1]===t.buffer[1]&&this.buffer[0]<t.buffer[0]}equals(t){return this.buffer[1]===t.buffer[1]&&this.buffer[0]==t.buffer[0]}greaterThan(t){return t.lessThan(this)}hex(){return`${Ss(this.buffer[1])} ${Ss(this.buffer[0])}`}},Ct=class i extends $o{times(t){return this._times(t),this}plus(t){return this._plus(t),this}static from(t,e=new Uint32Array(2)){return i.fromString(typeof t=="string"?t:t.toString(),e)}static fromNumber(t,e=new Uint32Array(2)){return i.fromString(t.toString(),e)}static fromString(t,e=new Uint32Array(2)){let r=t.length,n=new i(e);for(let s=0;s<r;){let o=Ps<r-s?Ps:r-s,a=new i(new Uint32Array([Number.parseInt(t.slice(s,s+o),10),0])),c=new i(new Uint32Array([Yh[o],0]));n.times(c),n.plus(a),s+=o}return n}static convertArray(t){let e=new Uint32Array(t.length*2);for(let r=-1,n=t.length;++r<n;)i.from(t[r],new Uint32Array(e.buffer,e.byteOffset+2*r*4,2));return e}static multiply(t,e){return new i(new Uint32Array(t.buffer)).times(e)}static add(t,e){return new i(new Uint32Array(t.buffer)).plus(e)}},wr=class i extends $o{negate(){return this.buffer[0]=~this.buffer[0]+1,this.buffer[1]=~this.buffer[1],this.buffer[0]==0&&++this.buffer[1],this}times(t){return this._times(t),this}plus(t){return this._plus(t),this}lessThan(t){let e=this.buffer[1]<<0,r=t.buffer[1]<<0;return e<r||e===r&&this.buffer[0]<t.buffer[0]}static from(t,e=new Uint32Array(2)){return i.fromString(typeof t=="string"?t:t.toString(),e)}static fromNumber(t,e=new Uint32Array(2)){return i.fromString(t.toString(),e)}static fromString(t,e=new Uint32Array(2)){let r=t.startsWith("-"),n=t.length,s=new i(e);for(let o=r?1:0;o<n;){let a=Ps<n-o?Ps:n-o,c=new i(new Uint32Array([Number.parseInt(t.slice(o,o+a),10),0])),l=new i(new Uint32Array([Yh[a],0]));s.times(l),s.plus(c),o+=a}return r?s.negate():s}static convertArray(t){let e=new Uint32Array(t.length*2);for(let r=-1,n=t.length;++r<n;)i.from(t[r],new Uint32Array(e.buffer,e.byteOffset+2*r*4,2));return e}static multiply(t,e){return new i(new Uint32Array(t.buffer)).times(e)}static add(t,e){return new i(new Uint32Array(t.buffer)).plus(e)}},Yo=class i{constructor(t){this.buffer=t}high(){return new wr(new Uint32Array(this.buffer.buffer,this.buffer.byteOffset+8,2))}low(){return new wr(new Uint32Array(this.buffer.buffer,this.buffer.byteOffset,2))}negate(){return this.buffer[0]=~this.buffer[0]+1,this.buffer[1]=~this.buffer[1],this.buffer[2]=~this.buffer[2],this.buffer[3]=~this.buffer[3],this.buffer[0]==0&&++this.buffer[1],this.buffer[1]==0&&++this.buffer[2],this.buffer[2]==0&&++this.buffer[3],this}times(t){let e=new Ct(new Uint32Array([this.buffer[3],0])),r=new Ct(new Uint32Array([this.buffer[2],0])),n=new Ct(new Uint32Array([this.buffer[1],0])),s=new Ct(new Uint32Array([this.buffer[0],0])),o=new Ct(new Uint32Array([t.buffer[3],0])),a=new Ct(new Uint32Array([t.buffer[2],0])),c=new Ct(new Uint32Array([t.buffer[1],0])),l=new Ct(new Uint32Array([t.buffer[0],0])),f=Ct.multiply(s,l);this.buffer[0]=f.low();let u=new Ct(new Uint32Array([f.high(),0]));return f=Ct.multiply(n,l),u.plus(f),f=Ct.multiply(s,c),u.plus(f),this.buffer[1]=u.low(),this.buffer[3]=u.lessThan(f)?1:0,this.buffer[2]=u.high(),new Ct(new Uint32Array(this.buffer.buffer,this.buffer.byteOffset+8,2)).plus(Ct.multiply(r,l)).plus(Ct.multiply(n,c)).plus(Ct.multiply(s,a)),this.buffer[3]+=Ct.multiply(e,l).plus(Ct.multiply(r,c)).plus(Ct.multiply(n,a)).plus(Ct.multiply(s,o)).low(),this}plus(t){let e=new Uint32Array(4);return e[3]=this.buffer[3]+t.buffer[3]>>>0,e[2]=this.buffer[2]+t.buffer[2]>>>0,e[1]=this.buffer[1]+t.buffer[1]>>>0,e[0]=this.buffer[0]+t.buffer[0]>>>0,e[0]<this.buffer[0]>>>0&&++e[1],e[1]<this.buffer[1]>>>0&&++e[2],e[2]<this.buffer[2]>>>0&&++e[3],this.buffer[3]=e[3],this.buffer[2]=e[2],this.buffer[1]=e[1],this.buffer[0]=e[0],this}hex(){return`${Ss(this.buffer[3])} ${Ss(this.buffer[2])} ${Ss(this.buffer[1])} ${Ss(this.buffer[0])}`}static multiply(t,e){return new i(new Uint32Array(t.buffer)).times(e)}static add(t,e){return new i(new Uint32Array(t.buffer)).plus(e)}static from(t,e=new Uint32Array(4)){return i.fromString(typeof t=="string"?t:t.toString(),e)}static fromNumber(t,e=new Uint32Array(4)){return i.fromString(t.toString(),e)}static fromString(t,e=new Uint32Array(4)){let r=t.startsWith("-"),n=t.length,s=new i(e);for(let o=r?1:0;o<n;){let a=Ps<n-o?Ps:n-o,c=new i(new Uint32Array([Number.parseInt(t.slice(o,o+a),10),0,0,0])),l=new i(new Uint32Array([Yh[a],0,0,0]));s.times(l),s.plus(c),o+=a}return r?s.negate():s}static convertArray(t){let e=new Uint32Array(t.length*4);for(let r=-1,n=t.length;++r<n;)i.from(t[r],new Uint32Array(e.buffer,e.byteOffset+16*r,4));return e}};var Kh={};he(Kh,{toIntervalDayTimeInt32Array:()=>qh,toIntervalDayTimeObjects:()=>uI,toIntervalMonthDayNanoInt32Array:()=>Xh,toIntervalMonthDayNanoObjects:()=>dI});function qh(i){var t,e;let r=i.length,n=new Int32Array(r*2);for(let s=0,o=0;s<r;s++){let a=i[s];n[o++]=(t=a.days)!==null&&t!==void 0?t:0,n[o++]=(e=a.milliseconds)!==null&&e!==void 0?e:0}return n}function Xh(i){var t,e;let r=i.length,n=new Int32Array(r*4);for(let s=0,o=0;s<r;s++){let a=i[s];n[o++]=(t=a.months)!==null&&t!==void 0?t:0,n[o++]=(e=a.days)!==null&&e!==void 0?e:0;let c=a.nanoseconds;if(c){let l=BigInt(c);n[o++]=Number(l&BigInt(4294967295))>>>0,n[o++]=Number(l>>BigInt(32))>>>0}else o+=2}return n}function uI(i){let t=i.length,e=new Array(t/2);for(let r=0,n=0;r<t;r+=2)e[n++]={days:i[r],milliseconds:i[r+1]};return e}function dI(i,t){let e=i.length,r=new Array(e/4);for(let n=0,s=0;n<e;n+=4){let o=BigInt(i[n+3])<<BigInt(32)|BigInt(i[n+2]>>>0);r[s++]={months:i[n],days:i[n+1],nanoseconds:t?`${o}`:o}}return r}var Es=class extends Y{constructor(t,e,r,n,s=yt.V5,o=[]){super(),this.nodesIndex=-1,this.buffersIndex=-1,this.variadicBufferIndex=-1,this.bytes=t,this.nodes=e,this.buffers=r,this.dictionaries=n,this.metadataVersion=s,this.variadicBufferCounts=o}visit(t){return super.visit(t instanceof et?t.type:t)}visitNull(t,{length:e}=this.nextFieldNode()){return Q({type:t,length:e})}visitBool(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitInt(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitFloat(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitUtf8(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),valueOffsets:this.readOffsets(t),data:this.readData(t)})}visitLargeUtf8(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),valueOffsets:this.readOffsets(t),data:this.readData(t)})}visitUtf8View(t,{length:e,nullCount:r}=this.nextFieldNode()){let n=this.readNullBitmap(t,r),s=this.readData(t),o=this.readVariadicBuffers(this.nextVariadicBufferCount());return Q({type:t,length:e,nullCount:r,nullBitmap:n,views:s,variadicBuffers:o})}visitBinary(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),valueOffsets:this.readOffsets(t),data:this.readData(t)})}visitLargeBinary(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),valueOffsets:this.readOffsets(t),data:this.readData(t)})}visitBinaryView(t,{length:e,nullCount:r}=this.nextFieldNode()){let n=this.readNullBitmap(t,r),s=this.readData(t),o=this.readVariadicBuffers(this.nextVariadicBufferCount());return Q({type:t,length:e,nullCount:r,nullBitmap:n,views:s,variadicBuffers:o})}visitFixedSizeBinary(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitDate(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitTimestamp(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitTime(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitDecimal(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitList(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),valueOffsets:this.readOffsets(t),child:this.visit(t.children[0])})}visitLargeList(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),valueOffsets:this.readOffsets(t),child:this.visit(t.children[0])})}visitStruct(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),children:this.visitMany(t.children)})}visitUnion(t,{length:e,nullCount:r}=this.nextFieldNode()){return this.metadataVersion<yt.V5&&this.readNullBitmap(t,r),t.mode===_t.Sparse?this.visitSparseUnion(t,{length:e,nullCount:r}):this.visitDenseUnion(t,{length:e,nullCount:r})}visitDenseUnion(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,typeIds:this.readTypeIds(t),valueOffsets:this.readOffsets(t),children:this.visitMany(t.children)})}visitSparseUnion(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,typeIds:this.readTypeIds(t),children:this.visitMany(t.children)})}visitDictionary(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t.indices),dictionary:this.readDictionary(t)})}visitInterval(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitDuration(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),data:this.readData(t)})}visitFixedSizeList(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),child:this.visit(t.children[0])})}visitMap(t,{length:e,nullCount:r}=this.nextFieldNode()){return Q({type:t,length:e,nullCount:r,nullBitmap:this.readNullBitmap(t,r),valueOffsets:this.readOffsets(t),child:this.visit(t.children[0])})}nextFieldNode(){return this.nodes[++this.nodesIndex]}nextBufferRange(){return this.buffers[++this.buffersIndex]}readNullBitmap(t,e,r=this.nextBufferRange()){return e>0&&this.readData(t,r)||new Uint8Array(0)}readOffsets(t,e){return this.readData(t,e)}readTypeIds(t,e){return this.readData(t,e)}readData(t,{length:e,offset:r}=this.nextBufferRange()){return this.bytes.subarray(r,r+e)}readVariadicBuffers(t){return Array.from({length:t},()=>this.readData(null))}nextVariadicBufferCount(){var t;return(t=this.variadicBufferCounts[++this.variadicBufferIndex])!==null&&t!==void 0?t:0}readDictionary(t){return this.dictionaries.get(t.id)}},If=class extends Es{constructor(t,e,r,n,s,o=[]){super(new Uint8Array(0),e,r,n,s,o),this.sources=t}readNullBitmap(t,e,{offset:r}=this.nextBufferRange()){return e<=0?new Uint8Array(0):Sn(this.sources[r])}readOffsets(t,{offset:e}=this.nextBufferRange()){return st(Uint8Array,st(t.OffsetArrayType,this.sources[e]))}readTypeIds(t,{offset:e}=this.nextBufferRange()){return st(Uint8Array,st(t.ArrayType,this.sources[e]))}readData(t,{offset:e}=this.nextBufferRange()){let{sources:r}=this;if(M.isTimestamp(t))return st(Uint8Array,wr.convertArray(r[e]));if((M.isInt(t)||M.isTime(t))&&t.bitWidth===64||M.isDuration(t))return st(Uint8Array,wr.convertArray(r[e]));if(M.isDate(t)&&t.unit===kt.MILLISECOND)return st(Uint8Array,wr.convertArray(r[e]));if(M.isDecimal(t))return st(Uint8Array,Yo.convertArray(r[e]));if(M.isBinary(t)||M.isLargeBinary(t)||M.isFixedSizeBinary(t))return hI(r[e]);if(M.isBinaryView(t))return pI(r[e]);if(M.isUtf8View(t))return mI(r[e]);if(M.isBool(t))return Sn(r[e]);if(M.isUtf8(t)||M.isLargeUtf8(t))return Be(r[e].join(""));if(M.isInterval(t))switch(t.unit){case Pt.DAY_TIME:return qh(r[e]);case Pt.MONTH_DAY_NANO:return Xh(r[e]);default:break}return st(Uint8Array,st(t.ArrayType,r[e].map(n=>+n)))}readVariadicBuffers(t){let e=[];for(let r=0;r<t;r++){let{offset:n}=this.nextBufferRange(),s=this.sources[n];e.push(v_(s))}return e}};function v_(i){let t=new Uint8Array(i.length/2);for(let e=0;e<i.length;e+=2)t[e>>1]=Number.parseInt(i.slice(e,e+2),16);return t}function hI(i){return v_(i.join(""))}function __(i,t){let e=new Uint8Array(i.length*16),r=new DataView(e.buffer);for(let[n,s]of i.entries()){let o=n*16,a=s.SIZE;if(r.setInt32(o,a,!0),s.INLINED!==void 0){let c=t(s.INLINED);for(let l=0;l<c.length&&l<12;l++)e[o+4+l]=c[l]}else{let c=s.PREFIX_HEX;for(let l=0;l<8&&l<c.length;l+=2)e[o+4+(l>>1)]=Number.parseInt(c.slice(l,l+2),16);r.setInt32(o+8,s.BUFFER_INDEX,!0),r.setInt32(o+12,s.OFFSET,!0)}}return e}function pI(i){return __(i,t=>{let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=2)e[r>>1]=Number.parseInt(t.slice(r,r+2),16);return e})}function mI(i){return __(i,t=>new TextEncoder().encode(t))}var Tf=class extends Es{constructor(t,e,r,n,s,o=[]){super(new Uint8Array(0),e,r,n,s,o),this.bodyChunks=t}readData(t,e=this.nextBufferRange()){return this.bodyChunks[this.buffersIndex]}};var Is=class extends ae{constructor(t){super(t),this._values=new Se(Uint8Array)}get byteLength(){let t=this._pendingLength+this.length*4;return this._offsets&&(t+=this._offsets.byteLength),this._values&&(t+=this._values.byteLength),this._nulls&&(t+=this._nulls.byteLength),t}setValue(t,e){return super.setValue(t,U(e))}_flushPending(t,e){let r=this._offsets,n=this._values.reserve(e).buffer,s=0;for(let[o,a]of t)if(a===void 0)r.set(o,0);else{let c=a.length;n.set(a,s),r.set(o,c),s+=c}}};var Ts=class extends ae{constructor(t){super(t),this._values=new Se(Uint8Array)}get byteLength(){let t=this._pendingLength+this.length*4;return this._offsets&&(t+=this._offsets.byteLength),this._values&&(t+=this._values.byteLength),this._nulls&&(t+=this._nulls.byteLength),t}setValue(t,e){return super.setValue(t,U(e))}_flushPending(t,e){let r=this._offsets,n=this._values.reserve(e).buffer,s=0;for(let[o,a]of t)if(a===void 0)r.set(o,BigInt(0));else{let c=a.length;n.set(a,s),r.set(o,BigInt(c)),s+=c}}};var Af=class extends xt{constructor(t){super(t),this._values=new ws}setValue(t,e){this._values.set(t,+e)}};var An=class extends Ut{};An.prototype._setValue=Eh;var Zo=class extends An{};Zo.prototype._setValue=Zl;var qo=class extends An{};qo.prototype._setValue=ql;var Xo=class extends Ut{};Xo.prototype._setValue=Ah;var Mf=class extends xt{constructor({type:t,nullValues:e,dictionaryHashFunction:r}){super({type:new Ne(t.dictionary,t.indices,t.id,t.isOrdered)}),this._nulls=null,this._dictionaryOffset=0,this._keysToIndices=Object.create(null),this.indices=Mn({type:this.type.indices,nullValues:e}),this.dictionary=Mn({type:this.type.dictionary,nullValues:null}),typeof r=="function"&&(this.valueToKey=r)}get values(){return this.indices.values}get nullCount(){return this.indices.nullCount}get nullBitmap(){return this.indices.nullBitmap}get byteLength(){return this.indices.byteLength+this.dictionary.byteLength}get reservedLength(){return this.indices.reservedLength+this.dictionary.reservedLength}get reservedByteLength(){return this.indices.reservedByteLength+this.dictionary.reservedByteLength}isValid(t){return this.indices.isValid(t)}setValid(t,e){let r=this.indices;return e=r.setValid(t,e),this.length=r.length,e}setValue(t,e){let r=this._keysToIndices,n=this.valueToKey(e),s=r[n];return s===void 0&&(r[n]=s=this._dictionaryOffset+this.dictionary.append(e).length-1),this.indices.setValue(t,s)}flush(){let t=this.type,e=this._dictionary,r=this.dictionary.toVector(),n=this.indices.flush().clone(t);return n.dictionary=e?e.concat(r):r,this.finished||(this._dictionaryOffset+=r.length),this._dictionary=n.dictionary,this.clear(),n}finish(){return this.indices.finish(),this.dictionary.finish(),this._dictionaryOffset=0,this._keysToIndices=Object.create(null),super.finish()}clear(){return this.indices.clear(),this.dictionary.clear(),super.clear()}valueToKey(t){return typeof t=="string"?t:`${t}`}};var Ko=class extends Ut{};Ko.prototype._setValue=Ph;var Cf=class extends xt{setValue(t,e){let[r]=this.children,n=t*this.stride;for(let s=-1,o=this.stride;++s<o;)r.set(n+s,e[s])}setValid(t,e){return super.setValid(t,e)||this.children[0].setValid((t+1)*this.stride-1,!1),e}addChild(t,e="0"){if(this.numChildren>0)throw new Error("FixedSizeListBuilder can only have one child.");let r=this.children.push(t);return this.type=new _i(this.type.listSize,new et(e,t.type,!0)),r}};var Cn=class extends Ut{setValue(t,e){this._values.set(t,e)}},Lf=class extends Cn{setValue(t,e){super.setValue(t,Uo(e))}},Of=class extends Cn{},Bf=class extends Cn{};var tn=class extends Ut{};tn.prototype._setValue=Mh;var Jo=class extends tn{};Jo.prototype._setValue=sf;var Qo=class extends tn{};Qo.prototype._setValue=of;var ta=class extends tn{};ta.prototype._setValue=af;var Sr=class extends Ut{};Sr.prototype._setValue=Ch;var ea=class extends Sr{};ea.prototype._setValue=cf;var ia=class extends Sr{};ia.prototype._setValue=lf;var ra=class extends Sr{};ra.prototype._setValue=ff;var na=class extends Sr{};na.prototype._setValue=uf;var ti=class extends Ut{setValue(t,e){this._values.set(t,e)}},Rf=class extends ti{},Df=class extends ti{},kf=class extends ti{},Ff=class extends ti{},Nf=class extends ti{},Uf=class extends ti{},zf=class extends ti{},Vf=class extends ti{};var jf=class extends ae{constructor(t){super(t),this._offsets=new Jr(t.type)}addChild(t,e="0"){if(this.numChildren>0)throw new Error("ListBuilder can only have one child.");return this.children[this.numChildren]=t,this.type=new gi(new et(e,t.type,!0)),this.numChildren-1}_flushPending(t){let e=this._offsets,[r]=this.children;for(let[n,s]of t)if(typeof s>"u")e.set(n,0);else{let o=s,a=o.length,c=e.set(n,a).buffer[n];for(let l=-1;++l<a;)r.set(c+l,o[l])}}};var Wf=class extends ae{constructor(t){super(t),this._offsets=new Jr(t.type)}addChild(t,e="0"){if(this.numChildren>0)throw new Error("LargeListBuilder can only have one child.");return this.children[this.numChildren]=t,this.type=new yi(new et(e,t.type,!0)),this.numChildren-1}_flushPending(t){let e=this._offsets,[r]=this.children;for(let[n,s]of t)if(typeof s>"u")e.set(n,BigInt(0));else{let o=s,a=o.length,c=ot(e.set(n,BigInt(a)).buffer[n]);for(let l=-1;++l<a;)r.set(c+l,o[l])}}};var Gf=class extends ae{set(t,e){return super.set(t,e)}setValue(t,e){let r=e instanceof Map?e:new Map(Object.entries(e)),n=this._pending||(this._pending=new Map),s=n.get(t);s&&(this._pendingLength-=s.size),this._pendingLength+=r.size,n.set(t,r)}addChild(t,e=`${this.numChildren}`){if(this.numChildren>0)throw new Error("ListBuilder can only have one child.");return this.children[this.numChildren]=t,this.type=new xi(new et(e,t.type,!0),this.type.keysSorted),this.numChildren-1}_flushPending(t){let e=this._offsets,[r]=this.children;for(let[n,s]of t)if(s===void 0)e.set(n,0);else{let{[n]:o,[n+1]:a}=e.set(n,s.size).buffer;for(let c of s.entries())if(r.set(o,c),++o>=a)break}}};var Hf=class extends xt{setValue(t,e){}setValid(t,e){return this.length=Math.max(t+1,this.length),e}};var $f=class extends xt{setValue(t,e){let{children:r,type:n}=this;switch(Array.isArray(e)||e.constructor){case!0:return n.children.forEach((s,o)=>r[o].set(t,e[o]));case Map:return n.children.forEach((s,o)=>r[o].set(t,e.get(s.name)));default:return n.children.forEach((s,o)=>r[o].set(t,e[s.name]))}}setValid(t,e){return super.setValid(t,e)||this.children.forEach(r=>r.setValid(t,e)),e}addChild(t,e=`${this.numChildren}`){let r=this.children.push(t);return this.type=new Et([...this.type.children,new et(e,t.type,!0)]),r}};var Pr=class extends Ut{};Pr.prototype._setValue=Ih;var sa=class extends Pr{};sa.prototype._setValue=Xl;var oa=class extends Pr{};oa.prototype._setValue=Kl;var aa=class extends Pr{};aa.prototype._setValue=Jl;var ca=class extends Pr{};ca.prototype._setValue=Ql;var Er=class extends Ut{};Er.prototype._setValue=Th;var la=class extends Er{};la.prototype._setValue=tf;var fa=class extends Er{};fa.prototype._setValue=ef;var ua=class extends Er{};ua.prototype._setValue=rf;var da=class extends Er{};da.prototype._setValue=nf;var As=class extends xt{constructor(t){super(t),this._typeIds=new vr(Int8Array,0,1),typeof t.valueToChildTypeId=="function"&&(this._valueToChildTypeId=t.valueToChildTypeId)}get typeIdToChildIndex(){return this.type.typeIdToChildIndex}append(t,e){return this.set(this.length,t,e)}set(t,e,r){return r===void 0&&(r=this._valueToChildTypeId(this,e,t)),this.setValue(t,e,r),this}setValue(t,e,r){this._typeIds.set(t,r);let n=this.type.typeIdToChildIndex[r],s=this.children[n];s?.set(t,e),this.length=Math.max(t+1,this.length)}addChild(t,e=`${this.children.length}`){let r=this.children.push(t),{type:{children:n,mode:s,typeIds:o}}=this,a=[...n,new et(e,t.type)];return this.type=new vi(s,[...o,r],a),r}_valueToChildTypeId(t,e,r){throw new Error("Cannot map UnionBuilder value to child typeId. Pass the `childTypeId` as the second argument to unionBuilder.append(), or supply a `valueToChildTypeId` function as part of the UnionBuilder constructor options.")}},Yf=class extends As{},Zf=class extends As{constructor(t){super(t),this._offsets=new vr(Int32Array)}setValue(t,e,r){let n=this._typeIds.set(t,r).buffer[t],s=this.getChildAt(this.type.typeIdToChildIndex[n]),o=this._offsets.set(t,s.length).buffer[t];s?.set(o,e),this.length=Math.max(t+1,this.length)}};var ha=class extends ae{constructor(t){super(t),this._values=new Se(Uint8Array)}get byteLength(){let t=this._pendingLength+this.length*4;return this._offsets&&(t+=this._offsets.byteLength),this._values&&(t+=this._values.byteLength),this._nulls&&(t+=this._nulls.byteLength),t}setValue(t,e){return super.setValue(t,Be(e))}_flushPending(t,e){}};ha.prototype._flushPending=Is.prototype._flushPending;var pa=class extends ae{constructor(t){super(t),this._values=new Se(Uint8Array)}get byteLength(){let t=this._pendingLength+this.length*4;return this._offsets&&(t+=this._offsets.byteLength),this._values&&(t+=this._values.byteLength),this._nulls&&(t+=this._nulls.byteLength),t}setValue(t,e){return super.setValue(t,Be(e))}_flushPending(t,e){}};pa.prototype._flushPending=Ts.prototype._flushPending;var Ms=class extends xt{constructor(t){super(t),this._variadicBuffers=[],this._currentBuffer=null,this._currentBufferIndex=0,this._currentBufferOffset=0,this._bufferSize=32*1024*1024,this._views=new Se(Uint8Array)}get byteLength(){let t=0;this._views&&(t+=this._views.byteLength),this._nulls&&(t+=this._nulls.byteLength);for(let e of this._variadicBuffers)t+=e.byteLength;return this._currentBuffer&&(t+=this._currentBuffer.byteLength),t}setValue(t,e){return this.writeBinaryValue(t,this.encodeValue(e))}writeBinaryValue(t,e){let r=e.length,n=(t+1)*nt.ELEMENT_WIDTH,s=this._views.length;n>s&&this._views.reserve(n-s);let o=this._views.buffer,a=t*nt.ELEMENT_WIDTH,c=new DataView(o.buffer,o.byteOffset+a,nt.ELEMENT_WIDTH);if(c.setInt32(nt.LENGTH_OFFSET,r,!0),r<=nt.INLINE_CAPACITY){o.set(e,a+nt.INLINE_OFFSET);for(let l=r;l<nt.INLINE_CAPACITY;l++)o[a+nt.INLINE_OFFSET+l]=0}else{let l=new DataView(e.buffer,e.byteOffset,Math.min(4,r));c.setUint32(nt.INLINE_OFFSET,l.getUint32(0,!0),!0),(!this._currentBuffer||this._currentBufferOffset+r>this._bufferSize)&&(this._currentBuffer&&this._variadicBuffers.push(this._currentBuffer.buffer.slice(0,this._currentBufferOffset)),this._currentBuffer=new Se(Uint8Array),this._currentBufferIndex=this._variadicBuffers.length,this._currentBufferOffset=0),this._currentBuffer.reserve(r).buffer.set(e,this._currentBufferOffset),c.setInt32(nt.BUFFER_INDEX_OFFSET,this._currentBufferIndex,!0),c.setInt32(nt.BUFFER_OFFSET_OFFSET,this._currentBufferOffset,!0),this._currentBufferOffset+=r}return this}encodeValue(t){return U(t)}setValid(t,e){let r=(t+1)*nt.ELEMENT_WIDTH,n=this._views.length;r>n&&this._views.reserve(r-n);let s=super.setValid(t,e);if(!s){let o=this._views.buffer,a=t*nt.ELEMENT_WIDTH;for(let c=0;c<nt.ELEMENT_WIDTH;c++)o[a+c]=0}return s}clear(){return this._variadicBuffers=[],this._currentBuffer=null,this._currentBufferIndex=0,this._currentBufferOffset=0,this._views.clear(),super.clear()}flush(){let{type:t,length:e,nullCount:r,_views:n,_nulls:s}=this;this._currentBuffer&&this._currentBufferOffset>0&&(this._variadicBuffers.push(this._currentBuffer.buffer.slice(0,this._currentBufferOffset)),this._currentBuffer=null,this._currentBufferOffset=0);let o=n.flush(e*nt.ELEMENT_WIDTH),a=r>0?s.flush(e):void 0,c=this._variadicBuffers.slice();return this._variadicBuffers=[],this._currentBufferIndex=0,this.clear(),Q({type:t,length:e,nullCount:r,nullBitmap:a,views:o,variadicBuffers:c})}finish(){return this.finished=!0,this}};var qf=class extends Ms{constructor(t){super(t)}setValue(t,e){return this.writeBinaryValue(t,Be(e))}};var Jh=class extends Y{visitNull(){return Hf}visitBool(){return Af}visitInt(){return ti}visitInt8(){return Rf}visitInt16(){return Df}visitInt32(){return kf}visitInt64(){return Ff}visitUint8(){return Nf}visitUint16(){return Uf}visitUint32(){return zf}visitUint64(){return Vf}visitFloat(){return Cn}visitFloat16(){return Lf}visitFloat32(){return Of}visitFloat64(){return Bf}visitUtf8(){return ha}visitLargeUtf8(){return pa}visitBinary(){return Is}visitLargeBinary(){return Ts}visitFixedSizeBinary(){return Ko}visitDate(){return An}visitDateDay(){return Zo}visitDateMillisecond(){return qo}visitTimestamp(){return Pr}visitTimestampSecond(){return sa}visitTimestampMillisecond(){return oa}visitTimestampMicrosecond(){return aa}visitTimestampNanosecond(){return ca}visitTime(){return Er}visitTimeSecond(){return la}visitTimeMillisecond(){return fa}visitTimeMicrosecond(){return ua}visitTimeNanosecond(){return da}visitDecimal(){return Xo}visitList(){return jf}visitLargeList(){return Wf}visitStruct(){return $f}visitUnion(){return As}visitDenseUnion(){return Zf}visitSparseUnion(){return Yf}visitDictionary(){return Mf}visitInterval(){return tn}visitIntervalDayTime(){return Jo}visitIntervalYearMonth(){return Qo}visitIntervalMonthDayNano(){return ta}visitDuration(){return Sr}visitDurationSecond(){return ea}visitDurationMillisecond(){return ia}visitDurationMicrosecond(){return ra}visitDurationNanosecond(){return na}visitFixedSizeList(){return Cf}visitMap(){return Gf}visitBinaryView(){return Ms}visitUtf8View(){return qf}},x_=new Jh;var G=class extends Y{compareSchemas(t,e){return t===e||e instanceof t.constructor&&this.compareManyFields(t.fields,e.fields)}compareManyFields(t,e){return t===e||Array.isArray(t)&&Array.isArray(e)&&t.length===e.length&&t.every((r,n)=>this.compareFields(r,e[n]))}compareFields(t,e){return t===e||e instanceof t.constructor&&t.name===e.name&&t.nullable===e.nullable&&this.visit(t.type,e.type)}};function ye(i,t){return t instanceof i.constructor}function Ir(i,t){return i===t||ye(i,t)}function Tr(i,t){return i===t||ye(i,t)&&i.bitWidth===t.bitWidth&&i.isSigned===t.isSigned}function Xf(i,t){return i===t||ye(i,t)&&i.precision===t.precision}function gI(i,t){return i===t||ye(i,t)&&i.byteWidth===t.byteWidth}function Qh(i,t){return i===t||ye(i,t)&&i.unit===t.unit}function ma(i,t){return i===t||ye(i,t)&&i.unit===t.unit&&i.timezone===t.timezone}function ga(i,t){return i===t||ye(i,t)&&i.unit===t.unit&&i.bitWidth===t.bitWidth}function b_(i,t){return i===t||ye(i,t)&&i.children.length===t.children.length&&Vi.compareManyFields(i.children,t.children)}function yI(i,t){return i===t||ye(i,t)&&i.children.length===t.children.length&&Vi.compareManyFields(i.children,t.children)}function tp(i,t){return i===t||ye(i,t)&&i.mode===t.mode&&i.typeIds.every((e,r)=>e===t.typeIds[r])&&Vi.compareManyFields(i.children,t.children)}function vI(i,t){return i===t||ye(i,t)&&i.id===t.id&&i.isOrdered===t.isOrdered&&Vi.visit(i.indices,t.indices)&&Vi.visit(i.dictionary,t.dictionary)}function Kf(i,t){return i===t||ye(i,t)&&i.unit===t.unit}function ya(i,t){return i===t||ye(i,t)&&i.unit===t.unit}function _I(i,t){return i===t||ye(i,t)&&i.listSize===t.listSize&&i.children.length===t.children.length&&Vi.compareManyFields(i.children,t.children)}function xI(i,t){return i===t||ye(i,t)&&i.keysSorted===t.keysSorted&&i.children.length===t.children.length&&Vi.compareManyFields(i.children,t.children)}G.prototype.visitNull=Ir;G.prototype.visitBool=Ir;G.prototype.visitInt=Tr;G.prototype.visitInt8=Tr;G.prototype.visitInt16=Tr;G.prototype.visitInt32=Tr;G.prototype.visitInt64=Tr;G.prototype.visitUint8=Tr;G.prototype.visitUint16=Tr;G.prototype.visitUint32=Tr;G.prototype.visitUint64=Tr;G.prototype.visitFloat=Xf;G.prototype.visitFloat16=Xf;G.prototype.visitFloat32=Xf;G.prototype.visitFloat64=Xf;G.prototype.visitUtf8=Ir;G.prototype.visitLargeUtf8=Ir;G.prototype.visitUtf8View=Ir;G.prototype.visitBinary=Ir;G.prototype.visitLargeBinary=Ir;G.prototype.visitBinaryView=Ir;G.prototype.visitFixedSizeBinary=gI;G.prototype.visitDate=Qh;G.prototype.visitDateDay=Qh;G.prototype.visitDateMillisecond=Qh;G.prototype.visitTimestamp=ma;G.prototype.visitTimestampSecond=ma;G.prototype.visitTimestampMillisecond=ma;G.prototype.visitTimestampMicrosecond=ma;G.prototype.visitTimestampNanosecond=ma;G.prototype.visitTime=ga;G.prototype.visitTimeSecond=ga;G.prototype.visitTimeMillisecond=ga;G.prototype.visitTimeMicrosecond=ga;G.prototype.visitTimeNanosecond=ga;G.prototype.visitDecimal=Ir;G.prototype.visitList=b_;G.prototype.visitLargeList=b_;G.prototype.visitStruct=yI;G.prototype.visitUnion=tp;G.prototype.visitDenseUnion=tp;G.prototype.visitSparseUnion=tp;G.prototype.visitDictionary=vI;G.prototype.visitInterval=Kf;G.prototype.visitIntervalDayTime=Kf;G.prototype.visitIntervalYearMonth=Kf;G.prototype.visitIntervalMonthDayNano=Kf;G.prototype.visitDuration=ya;G.prototype.visitDurationSecond=ya;G.prototype.visitDurationMillisecond=ya;G.prototype.visitDurationMicrosecond=ya;G.prototype.visitDurationNanosecond=ya;G.prototype.visitFixedSizeList=_I;G.prototype.visitMap=xI;var Vi=new G;function Ln(i,t){return Vi.compareSchemas(i,t)}function w_(i,t){return Vi.compareFields(i,t)}function S_(i,t){return Vi.visit(i,t)}function Mn(i){let t=i.type,e=new(x_.getVisitFn(t)())(i);if(t.children&&t.children.length>0){let r=i.children||[],n={nullValues:i.nullValues},s=Array.isArray(r)?((o,a)=>r[a]||n):(({name:o})=>r[o]||n);for(let[o,a]of t.children.entries()){let{type:c}=a,l=s(a,o);e.children.push(Mn(Object.assign(Object.assign({},l),{type:c})))}}return e}function Jf(i,t){return bI(i,t.map(e=>e.data.concat()))}function bI(i,t){let e=[...i.fields],r=[],n={numBatches:t.reduce((u,d)=>Math.max(u,d.length),0)},s=0,o=0,a=-1,c=t.length,l,f=[];for(;n.numBatches-- >0;){for(o=Number.POSITIVE_INFINITY,a=-1;++a<c;)f[a]=l=t[a].shift(),o=Math.min(o,l?l.length:o);Number.isFinite(o)&&(f=wI(e,o,f,t,n),o>0&&(r[s++]=Q({type:new Et(e),length:o,nullCount:0,children:f.slice()})))}return[i=i.assign(e),r.map(u=>new bt(i,u))]}function wI(i,t,e,r,n){var s;let o=(t+63&-64)>>3;for(let a=-1,c=r.length;++a<c;){let l=e[a],f=l?.length;if(f>=t)f===t?e[a]=l:(e[a]=l.slice(0,t),n.numBatches=Math.max(n.numBatches,r[a].unshift(l.slice(t,f-t))));else{let u=i[a];i[a]=u.clone({nullable:!0}),e[a]=(s=l?._changeLengthAndBackfillNullBitmap(t))!==null&&s!==void 0?s:Q({type:u.type,length:t,nullCount:t,nullBitmap:new Uint8Array(o)})}}return e}var P_,E_=Symbol.for("apache-arrow/Table"),Wt=class i{static isTable(t){return t?.[E_]===!0}constructor(...t){var e,r;if(t.length===0)return this.batches=[],this.schema=new ft([]),this._offsets=[0],this;let n,s;t[0]instanceof ft&&(n=t.shift()),t.at(-1)instanceof Uint32Array&&(s=t.pop());let o=c=>{if(c){if(c instanceof bt)return[c];if(c instanceof i)return c.batches;if(c instanceof ct){if(c.type instanceof Et)return[new bt(new ft(c.type.children),c)]}else{if(Array.isArray(c))return c.flatMap(l=>o(l));if(typeof c[Symbol.iterator]=="function")return[...c].flatMap(l=>o(l));if(typeof c=="object"){let l=Object.keys(c),f=l.map(h=>new at([c[h]])),u=n??new ft(l.map((h,p)=>new et(String(h),f[p].type,f[p].nullable))),[,d]=Jf(u,f);return d.length===0?[new bt(c)]:d}}}return[]},a=t.flatMap(c=>o(c));if(n=(r=n??((e=a[0])===null||e===void 0?void 0:e.schema))!==null&&r!==void 0?r:new ft([]),!(n instanceof ft))throw new TypeError("Table constructor expects a [Schema, RecordBatch[]] pair.");for(let c of a){if(!(c instanceof bt))throw new TypeError("Table constructor expects a [Schema, RecordBatch[]] pair.");if(!Ln(n,c.schema))throw new TypeError("Table and inner RecordBatch schemas must be equivalent.")}this.schema=n,this.batches=a,this._offsets=s??gf(this.data)}get data(){return this.batches.map(({data:t})=>t)}get numCols(){return this.schema.fields.length}get numRows(){return this.data.reduce((t,e)=>t+e.length,0)}get nullCount(){return this._nullCount===-1&&(this._nullCount=mf(this.data)),this._nullCount}isValid(t){return!1}get(t){return null}at(t){return this.get(xn(t,this.numRows))}set(t,e){}indexOf(t,e){return-1}[Symbol.iterator](){return this.batches.length>0?bs.visit(new at(this.data)):new Array(0)[Symbol.iterator]()}toArray(){return[...this]}toString(){return`[
  ${this.toArray().join(`,
  `)}
]`}concat(...t){let e=this.schema,r=this.data.concat(t.flatMap(({data:n})=>n));return new i(e,r.map(n=>new bt(e,n)))}slice(t,e){let r=this.schema;[t,e]=zo({length:this.numRows},t,e);let n=yf(this.data,this._offsets,t,e);return new i(r,n.map(s=>new bt(r,s)))}getChild(t){return this.getChildAt(this.schema.fields.findIndex(e=>e.name===t))}getChildAt(t){if(t>-1&&t<this.schema.fields.length){let e=this.data.map(r=>r.children[t]);if(e.length===0){let{type:r}=this.schema.fields[t],n=Q({type:r,length:0,nullCount:0});e.push(n._changeLengthAndBackfillNullBitmap(this.numRows))}return new at(e)}return null}setChild(t,e){var r;return this.setChildAt((r=this.schema.fields)===null||r===void 0?void 0:r.findIndex(n=>n.name===t),e)}setChildAt(t,e){let r=this.schema,n=[...this.batches];if(t>-1&&t<this.numCols){e||(e=new at([Q({type:new ge,length:this.numRows})]));let s=r.fields.slice(),o=s[t].clone({type:e.type}),a=this.schema.fields.map((c,l)=>this.getChildAt(l));[s[t],a[t]]=[o,e],[r,n]=Jf(r,a)}return new i(r,n)}select(t){let e=this.schema.fields.reduce((r,n,s)=>r.set(n.name,s),new Map);return this.selectAt(t.map(r=>e.get(r)).filter(r=>r>-1))}selectAt(t){let e=this.schema.selectAt(t),r=this.batches.map(n=>n.selectAt(t));return new i(e,r)}assign(t){let e=this.schema.fields,[r,n]=t.schema.fields.reduce((a,c,l)=>{let[f,u]=a,d=e.findIndex(h=>h.name===c.name);return~d?u[d]=l:f.push(l),a},[[],[]]),s=this.schema.assign(t.schema),o=[...e.map((a,c)=>[c,n[c]]).map(([a,c])=>c===void 0?this.getChildAt(a):t.getChildAt(c)),...r.map(a=>t.getChildAt(a))].filter(Boolean);return new i(...Jf(s,o))}};P_=Symbol.toStringTag;Wt[P_]=(i=>(i.schema=null,i.batches=[],i._offsets=new Uint32Array([0]),i._nullCount=-1,i[Symbol.isConcatSpreadable]=!0,i[E_]=!0,i.isValid=xs(Wo),i.get=xs(Nt.getVisitFn(y.Struct)),i.set=vf(ee.getVisitFn(y.Struct)),i.indexOf=_f(Pn.getVisitFn(y.Struct)),"Table"))(Wt.prototype);Object.defineProperty(Wt,Symbol.hasInstance,{value:function(t){return Function.prototype[Symbol.hasInstance].call(this,t)||this===Wt&&Wt.isTable(t)}});var T_,A_=Symbol.for("apache-arrow/RecordBatch"),bt=class i{static isRecordBatch(t){return t?.[A_]===!0}constructor(...t){switch(t.length){case 3:case 2:{if([this.schema]=t,!(this.schema instanceof ft))throw new TypeError("RecordBatch constructor expects a [Schema, Data] pair.");if([,this.data=Q({nullCount:0,type:new Et(this.schema.fields),children:this.schema.fields.map(e=>Q({type:e.type,nullCount:0}))}),this._metadata=new Map]=t,!(this.data instanceof ct))throw new TypeError("RecordBatch constructor expects a [Schema, Data] pair.");[this.schema,this.data]=I_(this.schema,this.data.children,this.data.length);break}case 1:{let[e]=t,{fields:r,children:n,length:s}=Object.keys(e).reduce((c,l,f)=>(c.children[f]=e[l],c.length=Math.max(c.length,e[l].length),c.fields[f]=et.new({name:l,type:e[l].type,nullable:!0}),c),{length:0,fields:new Array,children:new Array}),o=new ft(r),a=Q({type:new Et(r),length:s,children:n,nullCount:0});[this.schema,this.data]=I_(o,a.children,s),this._metadata=new Map;break}default:throw new TypeError("RecordBatch constructor expects an Object mapping names to child Data, or a [Schema, Data] pair.")}}get metadata(){return this._metadata}get dictionaries(){return this._dictionaries||(this._dictionaries=M_(this.schema.fields,this.data.children))}get numCols(){return this.schema.fields.length}get numRows(){return this.data.length}get nullCount(){return this.data.nullCount}isValid(t){return this.data.getValid(t)}get(t){return Nt.visit(this.data,t)}at(t){return this.get(xn(t,this.numRows))}set(t,e){return ee.visit(this.data,t,e)}indexOf(t,e){return Pn.visit(this.data,t,e)}[Symbol.iterator](){return bs.visit(new at([this.data]))}toArray(){return[...this]}concat(...t){return new Wt(this.schema,[this,...t])}slice(t,e){let[r]=new at([this.data]).slice(t,e).data;return new i(this.schema,r,this._metadata)}getChild(t){var e;return this.getChildAt((e=this.schema.fields)===null||e===void 0?void 0:e.findIndex(r=>r.name===t))}getChildAt(t){return t>-1&&t<this.schema.fields.length?new at([this.data.children[t]]):null}setChild(t,e){var r;return this.setChildAt((r=this.schema.fields)===null||r===void 0?void 0:r.findIndex(n=>n.name===t),e)}setChildAt(t,e){let r=this.schema,n=this.data;if(t>-1&&t<this.numCols){e||(e=new at([Q({type:new ge,length:this.numRows})]));let s=r.fields.slice(),o=n.children.slice(),a=s[t].clone({type:e.type});[s[t],o[t]]=[a,e.data[0]],r=new ft(s,new Map(this.schema.metadata)),n=Q({type:new Et(s),length:n.length,children:o})}return new i(r,n,this._metadata)}select(t){let e=this.schema.select(t),r=new Et(e.fields),n=[];for(let s of t){let o=this.schema.fields.findIndex(a=>a.name===s);~o&&(n[o]=this.data.children[o])}return new i(e,Q({type:r,length:this.numRows,children:n}),this._metadata)}selectAt(t){let e=this.schema.selectAt(t),r=t.map(s=>this.data.children[s]).filter(Boolean),n=Q({type:new Et(e.fields),length:this.numRows,children:r});return new i(e,n,this._metadata)}};T_=Symbol.toStringTag;bt[T_]=(i=>(i._nullCount=-1,i[Symbol.isConcatSpreadable]=!0,i[A_]=!0,"RecordBatch"))(bt.prototype);Object.defineProperty(bt,Symbol.hasInstance,{value:function(t){return Function.prototype[Symbol.hasInstance].call(this,t)||this===bt&&bt.isRecordBatch(t)}});function I_(i,t,e=t.reduce((r,n)=>Math.max(r,n.length),0)){var r;let n=[...i.fields],s=[...t],o=(e+63&-64)>>3;for(let[a,c]of i.fields.entries()){let l=t[a];(!l||l.length!==e)&&(n[a]=c.clone({nullable:!0}),s[a]=(r=l?._changeLengthAndBackfillNullBitmap(e))!==null&&r!==void 0?r:Q({type:c.type,length:e,nullCount:e,nullBitmap:new Uint8Array(o)}))}return[i.assign(n),Q({type:new Et(n),length:e,children:s})]}function M_(i,t,e=new Map){var r,n;if(((r=i?.length)!==null&&r!==void 0?r:0)>0&&i?.length===t?.length)for(let s=-1,o=i.length;++s<o;){let{type:a}=i[s],c=t[s];for(let l of[c,...((n=c?.dictionary)===null||n===void 0?void 0:n.data)||[]])M_(a.children,l?.children,e);if(M.isDictionary(a)){let{id:l}=a;if(!e.has(l))c?.dictionary&&e.set(l,c.dictionary);else if(e.get(l)!==c.dictionary)throw new Error("Cannot create Schema containing two different dictionaries with the same Id")}}return e}var On=class extends bt{constructor(t,e){let r=t.fields.map(s=>Q({type:s.type})),n=Q({type:new Et(t.fields),length:0,nullCount:0,children:r});super(t,n,e||new Map)}};var ip=i=>`Expected ${lt[i]} Message in stream, but was null or length 0.`,rp=i=>`Header pointer of flatbuffer-encoded ${lt[i]} Message is null or length 0.`,C_=(i,t)=>`Expected to read ${i} metadata bytes, but only read ${t}.`,L_=(i,t)=>`Expected to read ${i} bytes for message body, but only read ${t}.`,Cs=class{constructor(t){this.source=t instanceof zi?t:new zi(t)}[Symbol.iterator](){return this}next(){let t;return(t=this.readMetadataLength()).done?It:t.value===-1&&(t=this.readMetadataLength()).done?It:(t=this.readMetadata(t.value)).done?It:t}throw(t){return this.source.throw(t)}return(t){return this.source.return(t)}readMessage(t){let e;if((e=this.next()).done)return null;if(t!=null&&e.value.headerType!==t)throw new Error(ip(t));return e.value}readMessageBody(t){if(t<=0)return new Uint8Array(0);let e=U(this.source.read(t));if(e.byteLength<t)throw new Error(L_(t,e.byteLength));return e.byteOffset%8===0&&e.byteOffset+e.byteLength<=e.buffer.byteLength?e:e.slice()}readSchema(t=!1){let e=lt.Schema,r=this.readMessage(e),n=r?.header();if(t&&!n)throw new Error(rp(e));return n}readMetadataLength(){let t=this.source.read(Qf),e=t&&new te(t),r=e?.readInt32(0)||0;return{done:r===0,value:r}}readMetadata(t){let e=this.source.read(t);if(!e)return It;if(e.byteLength<t)throw new Error(C_(t,e.byteLength));return{done:!1,value:Pe.decode(e)}}},va=class{constructor(t,e){this.source=t instanceof Qe?t:Al(t)?new Qr(t,e):new Qe(t)}[Symbol.asyncIterator](){return this}next(){return B(this,void 0,void 0,function*(){let t;return(t=yield this.readMetadataLength()).done?It:t.value===-1&&(t=yield this.readMetadataLength()).done?It:(t=yield this.readMetadata(t.value)).done?It:t})}throw(t){return B(this,void 0,void 0,function*(){return yield this.source.throw(t)})}return(t){return B(this,void 0,void 0,function*(){return yield this.source.return(t)})}readMessage(t){return B(this,void 0,void 0,function*(){let e;if((e=yield this.next()).done)return null;if(t!=null&&e.value.headerType!==t)throw new Error(ip(t));return e.value})}readMessageBody(t){return B(this,void 0,void 0,function*(){if(t<=0)return new Uint8Array(0);let e=U(yield this.source.read(t));if(e.byteLength<t)throw new Error(L_(t,e.byteLength));return e.byteOffset%8===0&&e.byteOffset+e.byteLength<=e.buffer.byteLength?e:e.slice()})}readSchema(){return B(this,arguments,void 0,function*(t=!1){let e=lt.Schema,r=yield this.readMessage(e),n=r?.header();if(t&&!n)throw new Error(rp(e));return n})}readMetadataLength(){return B(this,void 0,void 0,function*(){let t=yield this.source.read(Qf),e=t&&new te(t),r=e?.readInt32(0)||0;return{done:r===0,value:r}})}readMetadata(t){return B(this,void 0,void 0,function*(){let e=yield this.source.read(t);if(!e)return It;if(e.byteLength<t)throw new Error(C_(t,e.byteLength));return{done:!1,value:Pe.decode(e)}})}},_a=class extends Cs{constructor(t){super(new Uint8Array(0)),this._schema=!1,this._body=[],this._batchIndex=0,this._dictionaryIndex=0,this._json=t instanceof Go?t:new Go(t)}next(){let{_json:t}=this;if(!this._schema)return this._schema=!0,{done:!1,value:Pe.fromJSON(t.schema,lt.Schema)};if(this._dictionaryIndex<t.dictionaries.length){let e=t.dictionaries[this._dictionaryIndex++];return this._body=e.data.columns,{done:!1,value:Pe.fromJSON(e,lt.DictionaryBatch)}}if(this._batchIndex<t.batches.length){let e=t.batches[this._batchIndex++];return this._body=e.columns,{done:!1,value:Pe.fromJSON(e,lt.RecordBatch)}}return this._body=[],It}readMessageBody(t){return e(this._body);function e(r){return(r||[]).reduce((n,s)=>[...n,...s.VALIDITY&&[s.VALIDITY]||[],...s.TYPE_ID&&[s.TYPE_ID]||[],...s.OFFSET&&[s.OFFSET]||[],...s.DATA&&[s.DATA]||[],...s.VIEWS&&[s.VIEWS]||[],...s.VARIADIC_DATA_BUFFERS||[],...e(s.children)],[])}}readMessage(t){let e;if((e=this.next()).done)return null;if(t!=null&&e.value.headerType!==t)throw new Error(ip(t));return e.value}readSchema(){let t=lt.Schema,e=this.readMessage(t),r=e?.header();if(!e||!r)throw new Error(rp(t));return r}},Qf=4,ep="ARROW1",Ls=new Uint8Array(ep.length);for(let i=0;i<ep.length;i+=1)Ls[i]=ep.codePointAt(i);function tu(i,t=0){for(let e=-1,r=Ls.length;++e<r;)if(Ls[e]!==i[t+e])return!1;return!0}var Os=Ls.length,np=Os+Qf,O_=Os*2+Qf;var sp=class{constructor(){this.LZ4_FRAME_MAGIC=new Uint8Array([4,34,77,24]),this.MIN_HEADER_LENGTH=7}isValidCodecEncode(t){let e=new Uint8Array([1,2,3,4,5,6,7,8]),r=t.encode(e);return this._isValidCompressed(r)}_isValidCompressed(t){return this._hasMinimumLength(t)&&this._hasValidMagicNumber(t)&&this._hasValidVersion(t)}_hasMinimumLength(t){return t.length>=this.MIN_HEADER_LENGTH}_hasValidMagicNumber(t){return this.LZ4_FRAME_MAGIC.every((e,r)=>t[r]===e)}_hasValidVersion(t){return(t[4]&192)>>6===1}},op=class{constructor(){this.ZSTD_MAGIC=new Uint8Array([40,181,47,253]),this.MIN_HEADER_LENGTH=6}isValidCodecEncode(t){let e=new Uint8Array([1,2,3,4,5,6,7,8]),r=t.encode(e);return this._isValidCompressed(r)}_isValidCompressed(t){return this._hasMinimumLength(t)&&this._hasValidMagicNumber(t)}_hasMinimumLength(t){return t.length>=this.MIN_HEADER_LENGTH}_hasValidMagicNumber(t){return this.ZSTD_MAGIC.every((e,r)=>t[r]===e)}},B_={[me.LZ4_FRAME]:new sp,[me.ZSTD]:new op};var ap=class{constructor(){this.registry={}}set(t,e){if(e?.encode&&typeof e.encode=="function"&&!B_[t].isValidCodecEncode(e))throw new Error(`Encoder for ${me[t]} is not valid.`);this.registry[t]=e}get(t){var e;return((e=this.registry)===null||e===void 0?void 0:e[t])||null}},Bs=new ap;var je=class i extends Tn{constructor(t){super(),this._impl=t}get closed(){return this._impl.closed}get schema(){return this._impl.schema}get autoDestroy(){return this._impl.autoDestroy}get dictionaries(){return this._impl.dictionaries}get numDictionaries(){return this._impl.numDictionaries}get numRecordBatches(){return this._impl.numRecordBatches}get footer(){return this._impl.isFile()?this._impl.footer:null}isSync(){return this._impl.isSync()}isAsync(){return this._impl.isAsync()}isFile(){return this._impl.isFile()}isStream(){return this._impl.isStream()}next(){return this._impl.next()}throw(t){return this._impl.throw(t)}return(t){return this._impl.return(t)}cancel(){return this._impl.cancel()}reset(t){return this._impl.reset(t),this._DOMStream=void 0,this._nodeStream=void 0,this}open(t){let e=this._impl.open(t);return Re(e)?e.then(()=>this):this}readRecordBatch(t){return this._impl.isFile()?this._impl.readRecordBatch(t):null}[Symbol.iterator](){return this._impl[Symbol.iterator]()}[Symbol.asyncIterator](){return this._impl[Symbol.asyncIterator]()}toDOMStream(){return Qt.toDOMStream(this.isSync()?{[Symbol.iterator]:()=>this}:{[Symbol.asyncIterator]:()=>this})}toNodeStream(){return Qt.toNodeStream(this.isSync()?{[Symbol.iterator]:()=>this}:{[Symbol.asyncIterator]:()=>this},{objectMode:!0})}static throughNode(t){throw new Error('"throughNode" not available in this environment')}static throughDOM(t,e){throw new Error('"throughDOM" not available in this environment')}static from(t){return t instanceof i?t:Il(t)?EI(t):Al(t)?AI(t):Re(t)?B(this,void 0,void 0,function*(){return yield i.from(yield t)}):Ml(t)||bo(t)||Ll(t)||qe(t)?TI(new Qe(t)):II(new zi(t))}static readAll(t){return t instanceof i?t.isSync()?R_(t):D_(t):Il(t)||ArrayBuffer.isView(t)||li(t)||Tl(t)?R_(t):D_(t)}},Ar=class extends je{constructor(t){super(t),this._impl=t}readAll(){return[...this]}[Symbol.iterator](){return this._impl[Symbol.iterator]()}[Symbol.asyncIterator](){return Oe(this,arguments,function*(){yield rt(yield*os(ci(this[Symbol.iterator]())))})}},Bn=class extends je{constructor(t){super(t),this._impl=t}readAll(){return B(this,void 0,void 0,function*(){var t,e,r,n;let s=new Array;try{for(var o=!0,a=ci(this),c;c=yield a.next(),t=c.done,!t;o=!0){n=c.value,o=!1;let l=n;s.push(l)}}catch(l){e={error:l}}finally{try{!o&&!t&&(r=a.return)&&(yield r.call(a))}finally{if(e)throw e.error}}return s})}[Symbol.iterator](){throw new Error("AsyncRecordBatchStreamReader is not Iterable")}[Symbol.asyncIterator](){return this._impl[Symbol.asyncIterator]()}},Rn=class extends Ar{constructor(t){super(t),this._impl=t}},eu=class extends Bn{constructor(t){super(t),this._impl=t}},iu=class{get numDictionaries(){return this._dictionaryIndex}get numRecordBatches(){return this._recordBatchIndex}constructor(t=new Map){this.closed=!1,this.autoDestroy=!0,this._dictionaryIndex=0,this._recordBatchIndex=0,this.dictionaries=t}isSync(){return!1}isAsync(){return!1}isFile(){return!1}isStream(){return!1}reset(t){return this._dictionaryIndex=0,this._recordBatchIndex=0,this.schema=t,this.dictionaries=new Map,this}_loadRecordBatch(t,e,r){let n;if(t.compression!=null){let o=Bs.get(t.compression.type);if(o?.decode&&typeof o.decode=="function"){let{decommpressedBody:a,buffers:c}=this._decompressBuffers(t,e,o);n=this._loadCompressedVectors(t,a,this.schema.fields),t=new zt(t.length,t.nodes,c,null)}else throw new Error("Record batch is compressed but codec not found")}else n=this._loadVectors(t,e,this.schema.fields);let s=Q({type:new Et(this.schema.fields),length:t.length,children:n});return new bt(this.schema,s,r)}_loadDictionaryBatch(t,e){let{id:r,isDelta:n}=t,{dictionaries:s,schema:o}=this,a=s.get(r),c=o.dictionaries.get(r),l;if(t.data.compression!=null){let f=Bs.get(t.data.compression.type);if(f?.decode&&typeof f.decode=="function"){let{decommpressedBody:u,buffers:d}=this._decompressBuffers(t.data,e,f);l=this._loadCompressedVectors(t.data,u,[c]),t=new ce(new zt(t.data.length,t.data.nodes,d,null,t.data.variadicBufferCounts),r,n)}else throw new Error("Dictionary batch is compressed but codec not found")}else l=this._loadVectors(t.data,e,[c]);return(a&&n?a.concat(new at(l)):new at(l)).memoize()}_loadVectors(t,e,r){return new Es(e,t.nodes,t.buffers,this.dictionaries,this.schema.metadataVersion,t.variadicBufferCounts).visitMany(r)}_loadCompressedVectors(t,e,r){return new Tf(e,t.nodes,t.buffers,this.dictionaries,this.schema.metadataVersion,t.variadicBufferCounts).visitMany(r)}_decompressBuffers(t,e,r){let n=[],s=[],o=0;for(let{offset:a,length:c}of t.buffers){if(c===0){n.push(new Uint8Array(0)),s.push(new Bt(o,0));continue}let l=new te(e.subarray(a,a+c)),f=ot(l.readInt64(0)),u=l.bytes().subarray(8),d=f===-1?u:r.decode(u);n.push(d);let h=(o+7&-8)-o;o+=h,s.push(new Bt(o,d.length)),o+=d.length}return{decommpressedBody:n,buffers:s}}},Rs=class extends iu{constructor(t,e){super(e),this._reader=Il(t)?new _a(this._handle=t):new Cs(this._handle=t)}isSync(){return!0}isStream(){return!0}[Symbol.iterator](){return this}cancel(){!this.closed&&(this.closed=!0)&&(this.reset()._reader.return(),this._reader=null,this.dictionaries=null)}open(t){return this.closed||(this.autoDestroy=F_(this,t),this.schema||(this.schema=this._reader.readSchema())||this.cancel()),this}throw(t){return!this.closed&&this.autoDestroy&&(this.closed=!0)?this.reset()._reader.throw(t):It}return(t){return!this.closed&&this.autoDestroy&&(this.closed=!0)?this.reset()._reader.return(t):It}next(){if(this.closed)return It;let t,{_reader:e}=this;for(;t=this._readNextMessageAndValidate();)if(t.isSchema())this.reset(t.header());else if(t.isRecordBatch()){this._recordBatchIndex++;let r=t.header(),n=e.readMessageBody(t.bodyLength);return{done:!1,value:this._loadRecordBatch(r,n,t.metadata)}}else if(t.isDictionaryBatch()){this._dictionaryIndex++;let r=t.header(),n=e.readMessageBody(t.bodyLength),s=this._loadDictionaryBatch(r,n);this.dictionaries.set(r.id,s)}return this.schema&&this._recordBatchIndex===0?(this._recordBatchIndex++,{done:!1,value:new On(this.schema)}):this.return()}_readNextMessageAndValidate(t){return this._reader.readMessage(t)}},Ds=class extends iu{constructor(t,e){super(e),this._reader=new va(this._handle=t)}isAsync(){return!0}isStream(){return!0}[Symbol.asyncIterator](){return this}cancel(){return B(this,void 0,void 0,function*(){!this.closed&&(this.closed=!0)&&(yield this.reset()._reader.return(),this._reader=null,this.dictionaries=null)})}open(t){return B(this,void 0,void 0,function*(){return this.closed||(this.autoDestroy=F_(this,t),this.schema||(this.schema=yield this._reader.readSchema())||(yield this.cancel())),this})}throw(t){return B(this,void 0,void 0,function*(){return!this.closed&&this.autoDestroy&&(this.closed=!0)?yield this.reset()._reader.throw(t):It})}return(t){return B(this,void 0,void 0,function*(){return!this.closed&&this.autoDestroy&&(this.closed=!0)?yield this.reset()._reader.return(t):It})}next(){return B(this,void 0,void 0,function*(){if(this.closed)return It;let t,{_reader:e}=this;for(;t=yield this._readNextMessageAndValidate();)if(t.isSchema())yield this.reset(t.header());else if(t.isRecordBatch()){this._recordBatchIndex++;let r=t.header(),n=yield e.readMessageBody(t.bodyLength);return{done:!1,value:this._loadRecordBatch(r,n,t.metadata)}}else if(t.isDictionaryBatch()){this._dictionaryIndex++;let r=t.header(),n=yield e.readMessageBody(t.bodyLength),s=this._loadDictionaryBatch(r,n);this.dictionaries.set(r.id,s)}return this.schema&&this._recordBatchIndex===0?(this._recordBatchIndex++,{done:!1,value:new On(this.schema)}):yield this.return()})}_readNextMessageAndValidate(t){return B(this,void 0,void 0,function*(){return yield this._reader.readMessage(t)})}},ru=class extends Rs{get footer(){return this._footer}get numDictionaries(){return this._footer?this._footer.numDictionaries:0}get numRecordBatches(){return this._footer?this._footer.numRecordBatches:0}constructor(t,e){super(t instanceof Ho?t:new Ho(t),e)}isSync(){return!0}isFile(){return!0}open(t){if(!this.closed&&!this._footer){this.schema=(this._footer=this._readFooter()).schema;for(let e of this._footer.dictionaryBatches())e&&this._readDictionaryBatch(this._dictionaryIndex++)}return super.open(t)}readRecordBatch(t){var e;if(this.closed)return null;this._footer||this.open();let r=(e=this._footer)===null||e===void 0?void 0:e.getRecordBatch(t);if(r&&this._handle.seek(r.offset)){let n=this._reader.readMessage(lt.RecordBatch);if(n?.isRecordBatch()){let s=n.header(),o=this._reader.readMessageBody(n.bodyLength);return this._loadRecordBatch(s,o,n.metadata)}}return null}_readDictionaryBatch(t){var e;let r=(e=this._footer)===null||e===void 0?void 0:e.getDictionaryBatch(t);if(r&&this._handle.seek(r.offset)){let n=this._reader.readMessage(lt.DictionaryBatch);if(n?.isDictionaryBatch()){let s=n.header(),o=this._reader.readMessageBody(n.bodyLength),a=this._loadDictionaryBatch(s,o);this.dictionaries.set(s.id,a)}}}_readFooter(){let{_handle:t}=this,e=t.size-np,r=t.readInt32(e),n=t.readAt(e-r,r);return _r.decode(n)}_readNextMessageAndValidate(t){var e;if(this._footer||this.open(),this._footer&&this._recordBatchIndex<this.numRecordBatches){let r=(e=this._footer)===null||e===void 0?void 0:e.getRecordBatch(this._recordBatchIndex);if(r&&this._handle.seek(r.offset))return this._reader.readMessage(t)}return null}},cp=class extends Ds{get footer(){return this._footer}get numDictionaries(){return this._footer?this._footer.numDictionaries:0}get numRecordBatches(){return this._footer?this._footer.numRecordBatches:0}constructor(t,...e){let r=typeof e[0]!="number"?e.shift():void 0,n=e[0]instanceof Map?e.shift():void 0;super(t instanceof Qr?t:new Qr(t,r),n)}isFile(){return!0}isAsync(){return!0}open(t){let e=Object.create(null,{open:{get:()=>super.open}});return B(this,void 0,void 0,function*(){if(!this.closed&&!this._footer){this.schema=(this._footer=yield this._readFooter()).schema;for(let r of this._footer.dictionaryBatches())r&&(yield this._readDictionaryBatch(this._dictionaryIndex++))}return yield e.open.call(this,t)})}readRecordBatch(t){return B(this,void 0,void 0,function*(){var e;if(this.closed)return null;this._footer||(yield this.open());let r=(e=this._footer)===null||e===void 0?void 0:e.getRecordBatch(t);if(r&&(yield this._handle.seek(r.offset))){let n=yield this._reader.readMessage(lt.RecordBatch);if(n?.isRecordBatch()){let s=n.header(),o=yield this._reader.readMessageBody(n.bodyLength);return this._loadRecordBatch(s,o,n.metadata)}}return null})}_readDictionaryBatch(t){return B(this,void 0,void 0,function*(){var e;let r=(e=this._footer)===null||e===void 0?void 0:e.getDictionaryBatch(t);if(r&&(yield this._handle.seek(r.offset))){let n=yield this._reader.readMessage(lt.DictionaryBatch);if(n?.isDictionaryBatch()){let s=n.header(),o=yield this._reader.readMessageBody(n.bodyLength),a=this._loadDictionaryBatch(s,o);this.dictionaries.set(s.id,a)}}})}_readFooter(){return B(this,void 0,void 0,function*(){let{_handle:t}=this;t._pending&&(yield t._pending);let e=t.size-np,r=yield t.readInt32(e),n=yield t.readAt(e-r,r);return _r.decode(n)})}_readNextMessageAndValidate(t){return B(this,void 0,void 0,function*(){if(this._footer||(yield this.open()),this._footer&&this._recordBatchIndex<this.numRecordBatches){let e=this._footer.getRecordBatch(this._recordBatchIndex);if(e&&(yield this._handle.seek(e.offset)))return yield this._reader.readMessage(t)}return null})}},lp=class extends Rs{constructor(t,e){super(t,e)}_loadVectors(t,e,r){return new If(e,t.nodes,t.buffers,this.dictionaries,this.schema.metadataVersion,t.variadicBufferCounts).visitMany(r)}};function F_(i,t){return t&&typeof t.autoDestroy=="boolean"?t.autoDestroy:i.autoDestroy}function*R_(i){let t=je.from(i);try{if(!t.open({autoDestroy:!1}).closed)do yield t;while(!t.reset().open().closed)}finally{t.cancel()}}function D_(i){return Oe(this,arguments,function*(){let e=yield rt(je.from(i));try{if(!(yield rt(e.open({autoDestroy:!1}))).closed)do yield yield rt(e);while(!(yield rt(e.reset().open())).closed)}finally{yield rt(e.cancel())}})}function EI(i){return new Ar(new lp(i))}function II(i){let t=i.peek(Os+7&-8);return t&&t.byteLength>=4?tu(t)?new Rn(new ru(i.read())):new Ar(new Rs(i)):new Ar(new Rs((function*(){})()))}function TI(i){return B(this,void 0,void 0,function*(){let t=yield i.peek(Os+7&-8);return t&&t.byteLength>=4?tu(t)?new Rn(new ru(yield i.read())):new Bn(new Ds(i)):new Bn(new Ds((function(){return Oe(this,arguments,function*(){})})()))})}function AI(i){return B(this,void 0,void 0,function*(){let{size:t}=yield i.stat(),e=new Qr(i,t);return t>=O_&&tu(yield e.readAt(0,Os+7&-8))?new eu(new cp(e)):new Bn(new Ds(e))})}var Tt=class i extends Y{static assemble(...t){let e=n=>n.flatMap(s=>Array.isArray(s)?e(s):s instanceof bt?s.data.children:s.data),r=new i;return r.visitMany(e(t)),r}constructor(){super(),this._byteLength=0,this._nodes=[],this._buffers=[],this._bufferRegions=[],this._variadicBufferCounts=[]}visit(t){if(t instanceof at)return this.visitMany(t.data),this;let{type:e}=t;if(!M.isDictionary(e)){let{length:r}=t;if(r>2147483647)throw new RangeError("Cannot write arrays larger than 2^31 - 1 in length");if(M.isUnion(e))this.nodes.push(new Je(r,0));else{let{nullCount:n}=t;M.isNull(e)||We.call(this,n<=0?new Uint8Array(0):wn(t.offset,r,t.nullBitmap)),this.nodes.push(new Je(r,n))}}return super.visit(t)}visitNull(t){return this}visitDictionary(t){return this.visit(t.clone(t.type.indices))}get nodes(){return this._nodes}get buffers(){return this._buffers}get byteLength(){return this._byteLength}get bufferRegions(){return this._bufferRegions}get variadicBufferCounts(){return this._variadicBufferCounts}};function We(i){let t=i.byteLength+7&-8;return this.buffers.push(i),this.bufferRegions.push(new Bt(this._byteLength,t)),this._byteLength+=t,this}function MI(i){var t;let{type:e,length:r,typeIds:n,valueOffsets:s}=i;if(We.call(this,n),e.mode===_t.Sparse)return fp.call(this,i);if(e.mode===_t.Dense){if(i.offset<=0)return We.call(this,s),fp.call(this,i);{let o=new Int32Array(r),a=Object.create(null),c=Object.create(null);for(let l,f,u=-1;++u<r;)(l=n[u])!==void 0&&((f=a[l])===void 0&&(f=a[l]=s[u]),o[u]=s[u]-f,c[l]=((t=c[l])!==null&&t!==void 0?t:0)+1);We.call(this,o),this.visitMany(i.children.map((l,f)=>{let u=e.typeIds[f],d=a[u],h=c[u];return l.slice(d,Math.min(r,h))}))}}return this}function CI(i){let t;return i.nullCount>=i.length?We.call(this,new Uint8Array(i.length+7>>3)):(t=i.values)instanceof Uint8Array?We.call(this,wn(i.offset,i.length,t)):We.call(this,Sn(i.values))}function Mr(i){return We.call(this,i.values.subarray(0,i.length*i.stride))}function nu(i){let{length:t,values:e,valueOffsets:r}=i,n=ot(r[0]),s=ot(r[t]),o=Math.min(s-n,e.byteLength-n);return We.call(this,Ol(-n,t+1,r)),We.call(this,e.subarray(n,n+o)),this}function N_(i){let{offset:t,length:e,stride:r,values:n,variadicBuffers:s=[]}=i;if(!n)throw new Error("BinaryView data is missing view buffer");let o=t*r,a=o+e*r;We.call(this,n.subarray(o,a));for(let c of s)We.call(this,c);return this._variadicBufferCounts.push(s.length),this}function su(i){let{length:t,valueOffsets:e}=i;if(e){let r=ot(e[0]),n=ot(e[t]);return We.call(this,Ol(-r,t+1,e)),this.visit(i.children[0].slice(r,n-r))}return this.visit(i.children[0])}function fp(i){return this.visitMany(i.type.children.map((t,e)=>i.children[e]).filter(Boolean))[0]}Tt.prototype.visitBool=CI;Tt.prototype.visitInt=Mr;Tt.prototype.visitFloat=Mr;Tt.prototype.visitUtf8=nu;Tt.prototype.visitLargeUtf8=nu;Tt.prototype.visitUtf8View=N_;Tt.prototype.visitBinary=nu;Tt.prototype.visitLargeBinary=nu;Tt.prototype.visitBinaryView=N_;Tt.prototype.visitFixedSizeBinary=Mr;Tt.prototype.visitDate=Mr;Tt.prototype.visitTimestamp=Mr;Tt.prototype.visitTime=Mr;Tt.prototype.visitDecimal=Mr;Tt.prototype.visitList=su;Tt.prototype.visitLargeList=su;Tt.prototype.visitStruct=fp;Tt.prototype.visitUnion=MI;Tt.prototype.visitInterval=Mr;Tt.prototype.visitDuration=Mr;Tt.prototype.visitFixedSizeList=su;Tt.prototype.visitMap=su;var Dn=class extends Tn{static throughNode(t){throw new Error('"throughNode" not available in this environment')}static throughDOM(t,e){throw new Error('"throughDOM" not available in this environment')}constructor(t){if(super(),this._position=0,this._started=!1,this._compression=null,this._sink=new Ui,this._schema=null,this._dictionaryBlocks=[],this._recordBatchBlocks=[],this._seenDictionaries=new Map,this._dictionaryDeltaOffsets=new Map,pe(t)||(t={autoDestroy:!0,writeLegacyIpcFormat:!1,compressionType:null}),this._autoDestroy=typeof t.autoDestroy=="boolean"?t.autoDestroy:!0,this._writeLegacyIpcFormat=typeof t.writeLegacyIpcFormat=="boolean"?t.writeLegacyIpcFormat:!1,t.compressionType!=null){if(this._writeLegacyIpcFormat)throw new Error("Legacy IPC format does not support columnar compression. Use modern IPC format (writeLegacyIpcFormat=false).");if(Object.values(me).includes(t.compressionType))this._compression=new In(t.compressionType);else{let e=Object.values(me).filter(r=>typeof r=="string");throw new Error(`Unsupported compressionType: ${t.compressionType} Available types: ${e.join(", ")}`)}}else this._compression=null}toString(t=!1){return this._sink.toString(t)}toUint8Array(t=!1){return this._sink.toUint8Array(t)}writeAll(t){return Re(t)?t.then(e=>this.writeAll(e)):qe(t)?dp(this,t):up(this,t)}get closed(){return this._sink.closed}[Symbol.asyncIterator](){return this._sink[Symbol.asyncIterator]()}toDOMStream(t){return this._sink.toDOMStream(t)}toNodeStream(t){return this._sink.toNodeStream(t)}close(){return this.reset()._sink.close()}abort(t){return this.reset()._sink.abort(t)}finish(){return this._autoDestroy?this.close():this.reset(this._sink,this._schema),this}reset(t=this._sink,e=null){return t===this._sink||t instanceof Ui?this._sink=t:(this._sink=new Ui,t&&My(t)?this.toDOMStream({type:"bytes"}).pipeTo(t):t&&Cy(t)&&this.toNodeStream({objectMode:!1}).pipe(t)),this._started&&this._schema&&this._writeFooter(this._schema),this._started=!1,this._dictionaryBlocks=[],this._recordBatchBlocks=[],this._seenDictionaries=new Map,this._dictionaryDeltaOffsets=new Map,(!e||!Ln(e,this._schema))&&(e==null?(this._position=0,this._schema=null):(this._started=!0,this._schema=e,this._writeSchema(e))),this}write(t){let e=null;if(this._sink){if(t==null)return this.finish()&&void 0;if(t instanceof Wt&&!(e=t.schema))return this.finish()&&void 0;if(t instanceof bt&&!(e=t.schema))return this.finish()&&void 0}else throw new Error("RecordBatchWriter is closed");if(e&&!Ln(e,this._schema)){if(this._started&&this._autoDestroy)return this.close();this.reset(this._sink,e)}t instanceof bt?t instanceof On||this._writeRecordBatch(t):t instanceof Wt?this.writeAll(t.batches):li(t)&&this.writeAll(t)}_writeMessage(t,e=8){let r=e-1,n=Pe.encode(t),s=n.byteLength,o=this._writeLegacyIpcFormat?4:8,a=s+o+r&~r,c=a-s-o;return t.headerType===lt.RecordBatch?this._recordBatchBlocks.push(new xr(a,t.bodyLength,this._position)):t.headerType===lt.DictionaryBatch&&this._dictionaryBlocks.push(new xr(a,t.bodyLength,this._position)),this._writeLegacyIpcFormat||this._write(Int32Array.of(-1)),this._write(Int32Array.of(a-o)),s>0&&this._write(n),this._writePadding(c)}_write(t){if(this._started){let e=U(t);e&&e.byteLength>0&&(this._sink.write(e),this._position+=e.byteLength)}return this}_writeSchema(t){return this._writeMessage(Pe.from(t))}_writeFooter(t){return this._writeLegacyIpcFormat?this._write(Int32Array.of(0)):this._write(Int32Array.of(-1,0))}_writeMagic(){return this._write(Ls)}_writePadding(t){return t>0?this._write(new Uint8Array(t)):this}_writeRecordBatch(t){let{byteLength:e,nodes:r,bufferRegions:n,buffers:s,variadicBufferCounts:o}=this._assembleRecordBatch(t),a=new zt(t.numRows,r,n,this._compression,o,t.metadata),c=Pe.from(a,e);return this._writeDictionaries(t)._writeMessage(c)._writeBodyBuffers(s)}_assembleRecordBatch(t){let{byteLength:e,nodes:r,bufferRegions:n,buffers:s,variadicBufferCounts:o}=Tt.assemble(t);return this._compression!=null&&({byteLength:e,bufferRegions:n,buffers:s}=this._compressBodyBuffers(s)),{byteLength:e,nodes:r,bufferRegions:n,buffers:s,variadicBufferCounts:o}}_compressBodyBuffers(t){let e=Bs.get(this._compression.type);if(!e?.encode||typeof e.encode!="function")throw new Error(`Codec for compression type "${me[this._compression.type]}" has invalid encode method`);let r=0,n=[],s=[];for(let a of t){let c=U(a);if(c.length===0){n.push(new Uint8Array(0),new Uint8Array(0)),s.push(new Bt(r,0));continue}let l=e.encode(c),f=l.length<c.length,u=f?l:c,d=f?u.length:-1,h=new te(new Uint8Array(8));h.writeInt64(0,BigInt(d)),n.push(h.bytes(),new Uint8Array(u));let p=(r+7&-8)-r;r+=p;let g=8+u.length;s.push(new Bt(r,g)),r+=g}let o=(r+7&-8)-r;return r+=o,{byteLength:r,bufferRegions:s,buffers:n}}_writeDictionaryBatch(t,e,r=!1){let{byteLength:n,nodes:s,bufferRegions:o,buffers:a,variadicBufferCounts:c}=this._assembleRecordBatch(new at([t])),l=new zt(t.length,s,o,this._compression,c),f=new ce(l,e,r),u=Pe.from(f,n);return this._writeMessage(u)._writeBodyBuffers(a)}_writeBodyBuffers(t){let e=this._compression!=null?2:1,r=new Array(e);for(let n=0;n<t.length;n+=e){let s=0;for(let a=-1;++a<e;)r[a]=t[n+a],s+=r[a].byteLength;if(s===0)continue;for(let a of r)this._write(a);let o=(s+7&-8)-s;o>0&&this._writePadding(o)}return this}_writeDictionaries(t){var e,r;for(let[n,s]of t.dictionaries){let o=(e=s?.data)!==null&&e!==void 0?e:[],a=this._seenDictionaries.get(n),c=(r=this._dictionaryDeltaOffsets.get(n))!==null&&r!==void 0?r:0;if(!a||a.data[0]!==o[0])for(let[l,f]of o.entries())this._writeDictionaryBatch(f,n,l>0);else if(c<o.length)for(let l of o.slice(c))this._writeDictionaryBatch(l,n,!0);this._seenDictionaries.set(n,s),this._dictionaryDeltaOffsets.set(n,o.length)}return this}},xa=class i extends Dn{static writeAll(t,e){let r=new i(e);return Re(t)?t.then(n=>r.writeAll(n)):qe(t)?dp(r,t):up(r,t)}},ba=class i extends Dn{static writeAll(t,e){let r=new i(e);return Re(t)?t.then(n=>r.writeAll(n)):qe(t)?dp(r,t):up(r,t)}constructor(t){super(t),this._autoDestroy=!0,this._writeLegacyIpcFormat=!1}_writeSchema(t){return this._writeMagic()._writePadding(2)}_writeDictionaryBatch(t,e,r=!1){if(!r&&this._seenDictionaries.has(e))throw new Error("The Arrow File format does not support replacement dictionaries. ");return super._writeDictionaryBatch(t,e,r)}_writeFooter(t){let e=_r.encode(new _r(t,yt.V5,this._recordBatchBlocks,this._dictionaryBlocks));return super._writeFooter(t)._write(e)._write(Int32Array.of(e.byteLength))._writeMagic()}};function up(i,t){let e=t;t instanceof Wt&&(e=t.batches,i.reset(void 0,t.schema));for(let r of e)i.write(r);return i.finish()}function dp(i,t){return B(this,void 0,void 0,function*(){var e,r,n,s,o,a,c;try{for(e=!0,r=ci(t);n=yield r.next(),s=n.done,!s;e=!0){c=n.value,e=!1;let l=c;i.write(l)}}catch(l){o={error:l}}finally{try{!e&&!s&&(a=r.return)&&(yield a.call(r))}finally{if(o)throw o.error}}return i.finish()})}function U_(i,t){if(qe(i))return OI(i,t);if(li(i))return LI(i,t);throw new Error("toDOMStream() must be called with an Iterable or AsyncIterable")}function LI(i,t){let e=null,r=t?.type==="bytes"||!1,n=t?.highWaterMark||Math.pow(2,24);return new ReadableStream(Object.assign(Object.assign({},t),{start(o){s(o,e||(e=i[Symbol.iterator]()))},pull(o){e?s(o,e):o.close()},cancel(){e?.return&&e.return(),e=null}}),Object.assign({highWaterMark:r?n:void 0},t));function s(o,a){let c,l=null,f=o.desiredSize||null;for(;!(l=a.next(r?f:null)).done;)if(ArrayBuffer.isView(l.value)&&(c=U(l.value))&&(f!=null&&r&&(f=f-c.byteLength+1),l.value=c),o.enqueue(l.value),f!=null&&--f<=0)return;o.close()}}function OI(i,t){let e=null,r=t?.type==="bytes"||!1,n=t?.highWaterMark||Math.pow(2,24);return new ReadableStream(Object.assign(Object.assign({},t),{start(o){return B(this,void 0,void 0,function*(){yield s(o,e||(e=i[Symbol.asyncIterator]()))})},pull(o){return B(this,void 0,void 0,function*(){e?yield s(o,e):o.close()})},cancel(){return B(this,void 0,void 0,function*(){e?.return&&(yield e.return()),e=null})}}),Object.assign({highWaterMark:r?n:void 0},t));function s(o,a){return B(this,void 0,void 0,function*(){let c,l=null,f=o.desiredSize||null;for(;!(l=yield a.next(r?f:null)).done;)if(ArrayBuffer.isView(l.value)&&(c=U(l.value))&&(f!=null&&r&&(f=f-c.byteLength+1),l.value=c),o.enqueue(l.value),f!=null&&--f<=0)return;o.close()})}}function j_(i){return new hp(i)}var hp=class{constructor(t){this._numChunks=0,this._finished=!1,this._bufferedSize=0;let{["readableStrategy"]:e,["writableStrategy"]:r,["queueingStrategy"]:n="count"}=t,s=Iy(t,["readableStrategy","writableStrategy","queueingStrategy"]);this._controller=null,this._builder=Mn(s),this._getSize=n!=="bytes"?z_:V_;let{["highWaterMark"]:o=n==="bytes"?Math.pow(2,14):1e3}=Object.assign({},e),{["highWaterMark"]:a=n==="bytes"?Math.pow(2,14):1e3}=Object.assign({},r);this.readable=new ReadableStream({cancel:()=>{this._builder.clear()},pull:c=>{this._maybeFlush(this._builder,this._controller=c)},start:c=>{this._maybeFlush(this._builder,this._controller=c)}},{highWaterMark:o,size:n!=="bytes"?z_:V_}),this.writable=new WritableStream({abort:()=>{this._builder.clear()},write:()=>{this._maybeFlush(this._builder,this._controller)},close:()=>{this._maybeFlush(this._builder.finish(),this._controller)}},{highWaterMark:a,size:c=>this._writeValueAndReturnChunkSize(c)})}_writeValueAndReturnChunkSize(t){let e=this._bufferedSize;return this._bufferedSize=this._getSize(this._builder.append(t)),this._bufferedSize-e}_maybeFlush(t,e){e!=null&&(this._bufferedSize>=e.desiredSize&&++this._numChunks&&this._enqueue(e,t.toVector()),t.finished&&((t.length>0||this._numChunks===0)&&++this._numChunks&&this._enqueue(e,t.toVector()),!this._finished&&(this._finished=!0)&&this._enqueue(e,null)))}_enqueue(t,e){this._bufferedSize=0,this._controller=null,e==null?t.close():t.enqueue(e)}},z_=i=>{var t;return(t=i?.length)!==null&&t!==void 0?t:0},V_=i=>{var t;return(t=i?.byteLength)!==null&&t!==void 0?t:0};function ou(i,t){let e=new Ui,r=null,n=new ReadableStream({cancel(){return B(this,void 0,void 0,function*(){yield e.close()})},start(a){return B(this,void 0,void 0,function*(){yield o(a,r||(r=yield s()))})},pull(a){return B(this,void 0,void 0,function*(){r?yield o(a,r):a.close()})}});return{writable:new WritableStream(e,Object.assign({highWaterMark:Math.pow(2,14)},i)),readable:n};function s(){return B(this,void 0,void 0,function*(){return yield(yield je.from(e)).open(t)})}function o(a,c){return B(this,void 0,void 0,function*(){let l=a.desiredSize,f=null;for(;!(f=yield c.next()).done;)if(a.enqueue(f.value),l!=null&&--l<=0)return;a.close()})}}function au(i,t){let e=new this(i),r=new Qe(e),n=new ReadableStream({cancel(){return B(this,void 0,void 0,function*(){yield r.cancel()})},pull(o){return B(this,void 0,void 0,function*(){yield s(o)})},start(o){return B(this,void 0,void 0,function*(){yield s(o)})}},Object.assign({highWaterMark:Math.pow(2,14)},t));return{writable:new WritableStream(e,i),readable:n};function s(o){return B(this,void 0,void 0,function*(){let a=null,c=o.desiredSize;for(;a=yield r.read(c||null);)if(o.enqueue(a),c!=null&&(c-=a.byteLength)<=0)return;o.close()})}}function wa(i){let t=je.from(i);return Re(t)?t.then(e=>wa(e)):t.isAsync()?t.readAll().then(e=>new Wt(e)):new Wt(t.readAll())}var pp={};he(pp,{isArrowData:()=>$_,isArrowDataType:()=>H_,isArrowField:()=>G_,isArrowRecordBatch:()=>Z_,isArrowSchema:()=>W_,isArrowTable:()=>q_,isArrowVector:()=>Y_});function W_(i){return ft.isSchema(i)}function G_(i){return et.isField(i)}function H_(i){return M.isDataType(i)}function $_(i){return ct.isData(i)}function Y_(i){return at.isVector(i)}function Z_(i){return bt.isRecordBatch(i)}function q_(i){return Wt.isTable(i)}var RI=Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign({},bh),Zh),Fh),wh),ph),kh),yh),Kh),pp),{compareSchemas:Ln,compareFields:w_,compareTypes:S_});Qt.toDOMStream=U_;xt.throughDOM=j_;je.throughDOM=ou;Rn.throughDOM=ou;Ar.throughDOM=ou;Dn.throughDOM=au;ba.throughDOM=au;xa.throughDOM=au;var X_="DASHMAP1",mp="dashboard:",$t={countries:"ref-countries",lakes:"ref-lakes",rivers:"ref-rivers",provinces:"ref-provinces",districts:"ref-districts",borders:"ref-borders",uncertainty:"uncertainty",areas:"areas",area_lines:"area-lines",events_faded:"events-faded",events:"events",aggregate:"aggregate",aggregate_labels:"aggregate-labels",selection_area:"selection-area",selection_base:"selection-base",selection_mark:"selection-mark",letters_faded:"event-letters-faded",letters:"event-letters",selection_letter:"selection-letter",selection:"selection",place_dots:"place-dots",country_labels:"country-labels",place_labels:"place-labels"},le={reference:"ref:",events:"events",areas:"areas",area_lines:"area-lines",aggregate:"aggregate",selection:"selection",selection_area:"selection-area",letters:"letters",letters_faded:"letters:faded",selection_letter:"letters:selected",place_dots:"labels:place-dots",place_labels:"labels:place",country_labels:"labels:country"},Sa={contested:1,own_coordinates:2,alone:4},K_={open_start:3,no_end:3,open_end:16},gp={xy:{type:"float32",size:2},t:{type:"float32",size:2},fill:{type:"uint8",size:4},line:{type:"uint8",size:4},width:{type:"float32",size:1},radius:{type:"float32",size:1},precision_m:{type:"float32",size:1},category:{type:"uint8",size:1},status:{type:"uint8",size:1},flags:{type:"uint8",size:1},geo_precision:{type:"uint8",size:1},site:{type:"int32",size:1},area:{type:"uint16",size:1},date_precision:{type:"uint8",size:1}};function DI(i,t){let e=i.getChild(t);if(!e)throw new Error(`events payload has no column ${t}`);let r=gp[t].size,n=e.data.map(c=>r>1?c.children[0].values:c.values);if(n.length===1)return n[0];let s=n[0].constructor,o=new s(n.reduce((c,l)=>c+l.length,0)),a=0;for(let c of n)o.set(c,a),a+=c.length;return o}function J_(i,t){let e=wa(t),r={};for(let s of Object.keys(gp))r[s]=DI(e,s);let n=i.titles?e.getChild("title"):null;return{...r,header:i,n:e.numRows,titles:n?n.toArray():null}}function Q_(i,t){let e=new Uint8Array(t);for(let r=0;r<t;r++)e[r]=i[r>>3]>>(r&7)&1;return e}function t0(i,t){let e=new Uint8Array(i.n);for(let n=0;n<i.n;n++)i.flags[n]&Sa.alone&&(e[n]=1);let r=new Uint32Array(t.slice().buffer);for(let n of r)n<i.n&&(e[n]=1);return e}function en(i,t){if(!i)throw new Error(t||"loader assertion failed.")}var ji={self:typeof self<"u"&&self,window:typeof window<"u"&&window,global:typeof global<"u"&&global,document:typeof document<"u"&&document},kI=ji.self||ji.window||ji.global||{},FI=ji.window||ji.self||ji.global||{},NI=ji.global||ji.self||ji.window||{},UI=ji.document||{};var kn=!!(typeof process!="object"||String(process)!=="[object process]"||process.browser);var e0=typeof process<"u"&&process.version&&/v([0-9]*)/.exec(process.version),zI=e0&&parseFloat(e0[1])||0;var yp="4.5.4",VI=yp[0]>="0"&&yp[0]<="9"?`v${yp}`:"";function jI(){let i=new ss({id:"loaders.gl"});return globalThis.loaders||={},globalThis.loaders.log=i,globalThis.loaders.version=VI,globalThis.probe||={},globalThis.probe.loaders=i,i}var vp=jI();var WI=i=>typeof i=="boolean",Wi=i=>typeof i=="function",Gi=i=>i!==null&&typeof i=="object",cu=i=>Gi(i)&&i.constructor==={}.constructor;var _p=i=>typeof SharedArrayBuffer<"u"&&i instanceof SharedArrayBuffer,ks=i=>Gi(i)&&typeof i.byteLength=="number"&&typeof i.slice=="function";var xp=i=>!!i&&Wi(i[Symbol.iterator]),bp=i=>!!i&&Wi(i[Symbol.asyncIterator]);var Ge=i=>typeof Response<"u"&&i instanceof Response||Gi(i)&&Wi(i.arrayBuffer)&&Wi(i.text)&&Wi(i.json);var He=i=>typeof Blob<"u"&&i instanceof Blob;var i0=i=>typeof ReadableStream<"u"&&i instanceof ReadableStream||Gi(i)&&Wi(i.tee)&&Wi(i.cancel)&&Wi(i.getReader);var r0=i=>Gi(i)&&Wi(i.read)&&Wi(i.pipe)&&WI(i.readable),Pa=i=>i0(i)||r0(i);function wp(i,t){return n0(i||{},t)}function n0(i,t,e=0){if(e>3)return t;let r={...i};for(let[n,s]of Object.entries(t))s&&typeof s=="object"&&!Array.isArray(s)?r[n]=n0(r[n]||{},t[n],e+1):r[n]=t[n];return r}var s0="latest";function GI(){return globalThis._loadersgl_?.version||(globalThis._loadersgl_=globalThis._loadersgl_||{},globalThis._loadersgl_.version="4.5.4"),globalThis._loadersgl_.version}var o0=GI();function ve(i,t){if(!i)throw new Error(t||"loaders.gl assertion failed.")}var Hi={self:typeof self<"u"&&self,window:typeof window<"u"&&window,global:typeof global<"u"&&global,document:typeof document<"u"&&document},pW=Hi.self||Hi.window||Hi.global||{},mW=Hi.window||Hi.self||Hi.global||{},gW=Hi.global||Hi.self||Hi.window||{},yW=Hi.document||{};var ei=typeof process!="object"||String(process)!=="[object process]"||process.browser;var c0=typeof window<"u"&&typeof window.orientation<"u",a0=typeof process<"u"&&process.version&&/v([0-9]*)/.exec(process.version),vW=a0&&parseFloat(a0[1])||0;var Ea=class{name;workerThread;isRunning=!0;result;_resolve=()=>{};_reject=()=>{};constructor(t,e){this.name=t,this.workerThread=e,this.result=new Promise((r,n)=>{this._resolve=r,this._reject=n})}postMessage(t,e){this.workerThread.postMessage({source:"loaders.gl",type:t,payload:e})}done(t){ve(this.isRunning),this.isRunning=!1,this._resolve(t)}error(t){ve(this.isRunning),this.isRunning=!1,this._reject(t)}};var Fs=class{terminate(){}};var Sp=new Map;function l0(i){ve(i.source&&!i.url||!i.source&&i.url);let t=Sp.get(i.source||i.url);return t||(i.url&&(t=HI(i.url),Sp.set(i.url,t)),i.source&&(t=f0(i.source),Sp.set(i.source,t))),ve(t),t}function HI(i){if(!i.startsWith("http"))return i;let t=$I(i);return f0(t)}function f0(i){let t=new Blob([i],{type:"application/javascript"});return URL.createObjectURL(t)}function $I(i){return`try {
  importScripts('${i}');
} catch (error) {
  console.error(error);
  throw error;
}`}function Pp(i,t=!0,e){let r=e||new Set;if(i){if(u0(i))r.add(i);else if(u0(i.buffer))r.add(i.buffer);else if(!ArrayBuffer.isView(i)){if(t&&typeof i=="object")for(let n in i)Pp(i[n],t,r)}}return e===void 0?Array.from(r):[]}function u0(i){return i?i instanceof ArrayBuffer||typeof MessagePort<"u"&&i instanceof MessagePort||typeof ImageBitmap<"u"&&i instanceof ImageBitmap||typeof OffscreenCanvas<"u"&&i instanceof OffscreenCanvas:!1}var Ep=()=>{},rn=class{name;source;url;terminated=!1;worker;onMessage;onError;_loadableURL="";static isSupported(){return typeof Worker<"u"&&ei||typeof Fs<"u"&&!ei}constructor(t){let{name:e,source:r,url:n}=t;ve(r||n),this.name=e,this.source=r,this.url=n,this.onMessage=Ep,this.onError=s=>console.log(s),this.worker=ei?this._createBrowserWorker():this._createNodeWorker()}destroy(){this.onMessage=Ep,this.onError=Ep,this.worker.terminate(),this.terminated=!0}get isRunning(){return!!this.onMessage}postMessage(t,e){e=e||Pp(t),this.worker.postMessage(t,e)}_getErrorFromErrorEvent(t){let e="Failed to load ";return e+=`worker ${this.name} from ${this.url}. `,t.message&&(e+=`${t.message} in `),t.lineno&&(e+=`:${t.lineno}:${t.colno}`),new Error(e)}_createBrowserWorker(){this._loadableURL=l0({source:this.source,url:this.url});let t=new Worker(this._loadableURL,{name:this.name});return t.onmessage=e=>{e.data?this.onMessage(e.data):this.onError(new Error("No data received"))},t.onerror=e=>{this.onError(this._getErrorFromErrorEvent(e)),this.terminated=!0},t.onmessageerror=e=>console.error(e),t}_createNodeWorker(){let t;if(this.url){let r=this.url.includes(":/")||this.url.startsWith("/")?this.url:`./${this.url}`,n=this.url.endsWith(".ts")||this.url.endsWith(".mjs")?"module":"commonjs";t=new Fs(r,{eval:!1,type:n})}else if(this.source)t=new Fs(this.source,{eval:!0});else throw new Error("no worker");return t.on("message",e=>{this.onMessage(e)}),t.on("error",e=>{this.onError(e)}),t.on("exit",e=>{}),t}};var Ia=class{name="unnamed";source;url;maxConcurrency=1;maxMobileConcurrency=1;onDebug=()=>{};reuseWorkers=!0;props={};jobQueue=[];idleQueue=[];count=0;isDestroyed=!1;static isSupported(){return rn.isSupported()}constructor(t){this.source=t.source,this.url=t.url,this.setProps(t)}destroy(){this.idleQueue.forEach(t=>t.destroy()),this.isDestroyed=!0}setProps(t){this.props={...this.props,...t},t.name!==void 0&&(this.name=t.name),t.maxConcurrency!==void 0&&(this.maxConcurrency=t.maxConcurrency),t.maxMobileConcurrency!==void 0&&(this.maxMobileConcurrency=t.maxMobileConcurrency),t.reuseWorkers!==void 0&&(this.reuseWorkers=t.reuseWorkers),t.onDebug!==void 0&&(this.onDebug=t.onDebug)}async startJob(t,e=(n,s,o)=>n.done(o),r=(n,s)=>n.error(s)){let n=new Promise(s=>(this.jobQueue.push({name:t,onMessage:e,onError:r,onStart:s}),this));return this._startQueuedJob(),await n}async _startQueuedJob(){if(!this.jobQueue.length)return;let t=this._getAvailableWorker();if(!t)return;let e=this.jobQueue.shift();if(e){this.onDebug({message:"Starting job",name:e.name,workerThread:t,backlog:this.jobQueue.length});let r=new Ea(e.name,t);t.onMessage=n=>e.onMessage(r,n.type,n.payload),t.onError=n=>e.onError(r,n),e.onStart(r);try{await r.result}catch(n){console.error(`Worker exception: ${n}`)}finally{this.returnWorkerToQueue(t)}}}returnWorkerToQueue(t){!ei||this.isDestroyed||!this.reuseWorkers||this.count>this._getMaxConcurrency()?(t.destroy(),this.count--):this.idleQueue.push(t),this.isDestroyed||this._startQueuedJob()}_getAvailableWorker(){if(this.idleQueue.length>0)return this.idleQueue.shift()||null;if(this.count<this._getMaxConcurrency()){this.count++;let t=`${this.name.toLowerCase()} (#${this.count} of ${this.maxConcurrency})`;return new rn({name:t,source:this.source,url:this.url})}return null}_getMaxConcurrency(){return c0?this.maxMobileConcurrency:this.maxConcurrency}};var YI={maxConcurrency:3,maxMobileConcurrency:1,reuseWorkers:!0,onDebug:()=>{}},Fn=class i{props;workerPools=new Map;static _workerFarm;static isSupported(){return rn.isSupported()}static getWorkerFarm(t={}){return i._workerFarm=i._workerFarm||new i({}),i._workerFarm.setProps(t),i._workerFarm}constructor(t){this.props={...YI},this.setProps(t),this.workerPools=new Map}destroy(){for(let t of this.workerPools.values())t.destroy();this.workerPools=new Map}setProps(t){this.props={...this.props,...t};for(let e of this.workerPools.values())e.setProps(this._getWorkerPoolProps())}getWorkerPool(t){let{name:e,source:r,url:n}=t,s=this.workerPools.get(e);return s||(s=new Ia({name:e,source:r,url:n}),s.setProps(this._getWorkerPoolProps()),this.workerPools.set(e,s)),s}_getWorkerPoolProps(){return{maxConcurrency:this.props.maxConcurrency,maxMobileConcurrency:this.props.maxMobileConcurrency,reuseWorkers:this.props.reuseWorkers,onDebug:this.props.onDebug}}};function Ip(i,t={}){let e=t[i.id]||{},r=ei?i.workerFile||`${i.id}-worker.js`:`${i.id}-worker-node.js`,n=e.workerUrl;if(!n&&i.id==="compression"&&(n=t.workerUrl),(t._workerType||t?.core?._workerType)==="test"&&(ei?n=`modules/${i.module}/dist/${r}`:n=`modules/${i.module}/src/workers/${i.id}-worker-node.ts`),!n){let o=i.version;o==="latest"&&(o=s0);let a=o?`@${o}`:"";n=`https://unpkg.com/@loaders.gl/${i.module}${a}/dist/${r}`}return ve(n),n}function Tp(i,t=o0){ve(i,"no worker provided");let e=i.version;return!(!t||!e)}function Ap(i,t){if(!Fn.isSupported())return!1;let e=t?._nodeWorkers??t?.core?._nodeWorkers;if(!ei&&!e)return!1;let r=t?.worker??t?.core?.worker;return!!(i.worker&&r)}async function Mp(i,t,e,r,n){let s=i.id,o=Ip(i,e),c=Fn.getWorkerFarm(e?.core).getWorkerPool({name:s,url:o});e=JSON.parse(JSON.stringify(e||{})),e._workerLoaderId=i.id,r=JSON.parse(JSON.stringify(r||{}));let l=await c.startJob("process-on-worker",ZI.bind(null,n));return l.postMessage("process",{input:t,options:e,context:r}),await(await l.result).result}async function ZI(i,t,e,r){switch(e){case"done":t.done(r);break;case"error":t.error(new Error(r.error));break;case"process":let{id:n,input:s,options:o}=r;try{let a=await i(s,o);t.postMessage("done",{id:n,result:a})}catch(a){let c=a instanceof Error?a.message:"unknown error";t.postMessage("error",{id:n,error:c})}break;default:console.warn(`parse-with-worker unknown message ${e}`)}}function Cp(i,t,e){if(e=e||i.byteLength,i.byteLength<e||t.byteLength<e)return!1;let r=new Uint8Array(i),n=new Uint8Array(t);for(let s=0;s<r.length;++s)if(r[s]!==n[s])return!1;return!0}function Lp(...i){return d0(i)}function d0(i){let t=i.map(s=>s instanceof ArrayBuffer?new Uint8Array(s):s),e=t.reduce((s,o)=>s+o.byteLength,0),r=new Uint8Array(e),n=0;for(let s of t)r.set(s,n),n+=s.byteLength;return r.buffer}async function Op(i){let t=[];for await(let e of i)t.push(qI(e));return Lp(...t)}function qI(i){if(i instanceof ArrayBuffer)return i;if(ArrayBuffer.isView(i)){let{buffer:t,byteOffset:e,byteLength:r}=i;return h0(t,e,r)}return h0(i)}function h0(i,t=0,e=i.byteLength-t){let r=new Uint8Array(i,t,e),n=new Uint8Array(r.length);return n.set(r),n.buffer}var XI="",p0={};function Bp(i){for(let t in p0)if(i.startsWith(t)){let e=p0[t];i=i.replace(t,e)}return!i.startsWith("http://")&&!i.startsWith("https://")&&(i=`${XI}${i}`),i}function fu(i){return i&&typeof i=="object"&&i.isBuffer}function Ns(i){if(fu(i))return i;if(i instanceof ArrayBuffer)return i;if(_p(i))return lu(i);if(ArrayBuffer.isView(i)){let t=i.buffer;return i.byteOffset===0&&i.byteLength===i.buffer.byteLength?t:t.slice(i.byteOffset,i.byteOffset+i.byteLength)}if(typeof i=="string"){let t=i;return new TextEncoder().encode(t).buffer}if(i&&typeof i=="object"&&i._toArrayBuffer)return i._toArrayBuffer();throw new Error("toArrayBuffer")}function Ta(i){if(i instanceof ArrayBuffer)return i;if(_p(i))return lu(i);let{buffer:t,byteOffset:e,byteLength:r}=i;return t instanceof ArrayBuffer&&e===0&&r===t.byteLength?t:lu(t,e,r)}function lu(i,t=0,e=i.byteLength-t){let r=new Uint8Array(i,t,e),n=new Uint8Array(r.length);return n.set(r),n.buffer}function Rp(i){return ArrayBuffer.isView(i)?i:new Uint8Array(i)}var Cr={};he(Cr,{dirname:()=>JI,filename:()=>KI,join:()=>QI,resolve:()=>tT});function m0(){if(typeof process<"u"&&typeof process.cwd<"u")return process.cwd();let i=window.location?.pathname;return i?.slice(0,i.lastIndexOf("/")+1)||""}function KI(i){let t=i?i.lastIndexOf("/"):-1;return t>=0?i.substr(t+1):i}function JI(i){let t=i?i.lastIndexOf("/"):-1;return t>=0?i.substr(0,t):""}function QI(...i){return i=i.map((e,r)=>(r&&(e=e.replace(new RegExp("^/"),"")),r!==i.length-1&&(e=e.replace(new RegExp("/$"),"")),e)),i.join("/")}function tT(...i){let t=[];for(let s=0;s<i.length;s++)t[s]=i[s];let e="",r=!1,n;for(let s=t.length-1;s>=-1&&!r;s--){let o;s>=0?o=t[s]:(n===void 0&&(n=m0()),o=n),o.length!==0&&(e=`${o}/${e}`,r=o.charCodeAt(0)===Aa)}return e=eT(e,!r),r?`/${e}`:e.length>0?e:"."}var Aa=47,Dp=46;function eT(i,t){let e="",r=-1,n=0,s,o=!1;for(let a=0;a<=i.length;++a){if(a<i.length)s=i.charCodeAt(a);else{if(s===Aa)break;s=Aa}if(s===Aa){if(!(r===a-1||n===1))if(r!==a-1&&n===2){if(e.length<2||!o||e.charCodeAt(e.length-1)!==Dp||e.charCodeAt(e.length-2)!==Dp){if(e.length>2){let c=e.length-1,l=c;for(;l>=0&&e.charCodeAt(l)!==Aa;--l);if(l!==c){e=l===-1?"":e.slice(0,l),r=a,n=0,o=!1;continue}}else if(e.length===2||e.length===1){e="",r=a,n=0,o=!1;continue}}t&&(e.length>0?e+="/..":e="..",o=!0)}else{let c=i.slice(r+1,a);e.length>0?e+=`/${c}`:e=c,o=!1}r=a,n=0}else s===Dp&&n!==-1?++n:n=-1}return e}var uu=class extends Error{constructor(t,e){super(t),this.reason=e.reason,this.url=e.url,this.response=e.response}reason;url;response};var nT=/^data:([-\w.]+\/[-\w.+]+)(;|,)/,sT=/^([-\w.]+\/[-\w.+]+)/;function kp(i,t){return i.toLowerCase()===t.toLowerCase()}function g0(i){let t=sT.exec(i);return t?t[1]:i}function Fp(i){let t=nT.exec(i);return t?t[1]:""}var y0=/\?.*/;function v0(i){let t=i.match(y0);return t&&t[0]}function nn(i){return i.replace(y0,"")}function _0(i){if(i.length<50)return i;let t=i.slice(i.length-15);return`${i.substr(0,32)}...${t}`}function Nn(i){return Ge(i)?i.url:He(i)?("name"in i?i.name:"")||"":typeof i=="string"?i:""}function Us(i){if(Ge(i)){let t=i.headers.get("content-type")||"",e=nn(i.url);return g0(t)||Fp(e)}return He(i)?i.type||"":typeof i=="string"?Fp(i):""}function x0(i){return Ge(i)?i.headers["content-length"]||-1:He(i)?i.size:typeof i=="string"?i.length:i instanceof ArrayBuffer||ArrayBuffer.isView(i)?i.byteLength:-1}async function du(i){if(Ge(i))return i;let t={},e=x0(i);e>=0&&(t["content-length"]=String(e));let r=Nn(i),n=Us(i);n&&(t["content-type"]=n);let s=await aT(i);s&&(t["x-first-bytes"]=s),typeof i=="string"&&(i=new TextEncoder().encode(i));let o=new Response(i,{headers:t});return Object.defineProperty(o,"url",{value:r}),o}async function b0(i){if(!i.ok)throw await oT(i)}async function oT(i){let t=_0(i.url),e=`Failed to fetch resource (${i.status}) ${i.statusText}: ${t}`;e=e.length>100?`${e.slice(0,100)}...`:e;let r={reason:i.statusText,url:i.url,response:i};try{let n=i.headers.get("Content-Type");r.reason=!i.bodyUsed&&n?.includes("application/json")?await i.json():await i.text()}catch{}return new uu(e,r)}async function aT(i){if(typeof i=="string")return`data:,${i.slice(0,5)}`;if(i instanceof Blob){let e=i.slice(0,5);return await new Promise(r=>{let n=new FileReader;n.onload=s=>r(s?.target?.result),n.readAsDataURL(e)})}if(i instanceof ArrayBuffer){let e=i.slice(0,5);return`data:base64,${cT(e)}`}return null}function cT(i){let t="",e=new Uint8Array(i);for(let r=0;r<e.byteLength;r++)t+=String.fromCharCode(e[r]);return btoa(t)}function lT(i){return!fT(i)&&!uT(i)}function fT(i){return i.startsWith("http:")||i.startsWith("https:")}function uT(i){return i.startsWith("data:")}async function Np(i,t){if(typeof i=="string"){let e=Bp(i);return lT(e)&&globalThis.loaders?.fetchNode?globalThis.loaders?.fetchNode(e,t):await fetch(e,t)}return await du(i)}var Ma=new ss({id:"loaders.gl"}),hu=class{log(){return()=>{}}info(){return()=>{}}warn(){return()=>{}}error(){return()=>{}}},pu=class{console;constructor(){this.console=console}log(...t){return this.console.log.bind(this.console,...t)}info(...t){return this.console.info.bind(this.console,...t)}warn(...t){return this.console.warn.bind(this.console,...t)}error(...t){return this.console.error.bind(this.console,...t)}};var mu={core:{baseUrl:void 0,fetch:null,mimeType:void 0,fallbackMimeType:void 0,ignoreRegisteredLoaders:void 0,nothrow:!1,log:new pu,useLocalLibraries:!1,CDN:"https://unpkg.com/@loaders.gl",worker:!0,maxConcurrency:3,maxMobileConcurrency:1,reuseWorkers:kn,_nodeWorkers:!1,_workerType:"",limit:0,_limitMB:0,batchSize:"auto",batchDebounceMs:0,metadata:!1,transforms:[]}},w0={baseUri:"core.baseUrl",fetch:"core.fetch",mimeType:"core.mimeType",fallbackMimeType:"core.fallbackMimeType",ignoreRegisteredLoaders:"core.ignoreRegisteredLoaders",nothrow:"core.nothrow",log:"core.log",useLocalLibraries:"core.useLocalLibraries",CDN:"core.CDN",worker:"core.worker",maxConcurrency:"core.maxConcurrency",maxMobileConcurrency:"core.maxMobileConcurrency",reuseWorkers:"core.reuseWorkers",_nodeWorkers:"core.nodeWorkers",_workerType:"core._workerType",_worker:"core._workerType",limit:"core.limit",_limitMB:"core._limitMB",batchSize:"core.batchSize",batchDebounceMs:"core.batchDebounceMs",metadata:"core.metadata",transforms:"core.transforms",throws:"nothrow",dataType:"(no longer used)",uri:"core.baseUrl",method:"core.fetch.method",headers:"core.fetch.headers",body:"core.fetch.body",mode:"core.fetch.mode",credentials:"core.fetch.credentials",cache:"core.fetch.cache",redirect:"core.fetch.redirect",referrer:"core.fetch.referrer",referrerPolicy:"core.fetch.referrerPolicy",integrity:"core.fetch.integrity",keepalive:"core.fetch.keepalive",signal:"core.fetch.signal"};var Up=["baseUrl","fetch","mimeType","fallbackMimeType","ignoreRegisteredLoaders","nothrow","log","useLocalLibraries","CDN","worker","maxConcurrency","maxMobileConcurrency","reuseWorkers","_nodeWorkers","_workerType","limit","_limitMB","batchSize","batchDebounceMs","metadata","transforms"];function zp(){globalThis.loaders=globalThis.loaders||{};let{loaders:i}=globalThis;return i._state||(i._state={}),i._state}function Vp(){let i=zp();return i.globalOptions=i.globalOptions||{...mu,core:{...mu.core}},Lr(i.globalOptions)}function E0(i,t,e,r){return e=e||[],e=Array.isArray(e)?e:[e],dT(i,e),Lr(pT(t,i,r))}function Lr(i){let t=gT(i);I0(t);for(let e of Up)t.core&&t.core[e]!==void 0&&delete t[e];return t.core&&t.core._workerType!==void 0&&delete t._worker,t}function dT(i,t){S0(i,null,mu,w0,t);for(let e of t){let r=i&&i[e.id]||{},n=e.options&&e.options[e.id]||{},s=e.deprecatedOptions&&e.deprecatedOptions[e.id]||{};S0(r,e.id,n,s,t)}}function S0(i,t,e,r,n){let s=t||"Top level",o=t?`${t}.`:"";for(let a in i){let c=!t&&Gi(i[a]),l=a==="baseUri"&&!t,f=a==="workerUrl"&&t;if(!(a in e)&&!l&&!f){if(a in r)Ma.level>0&&Ma.warn(`${s} loader option '${o}${a}' no longer supported, use '${r[a]}'`)();else if(!c&&Ma.level>0){let u=hT(a,n);Ma.warn(`${s} loader option '${o}${a}' not recognized. ${u}`)()}}}}function hT(i,t){let e=i.toLowerCase(),r="";for(let n of t)for(let s in n.options){if(i===s)return`Did you mean '${n.id}.${s}'?`;let o=s.toLowerCase();(e.startsWith(o)||o.startsWith(e))&&(r=r||`Did you mean '${n.id}.${s}'?`)}return r}function pT(i,t,e){let r=i.options||{},n={...r};r.core&&(n.core={...r.core}),I0(n),n.core?.log===null&&(n.core={...n.core,log:new hu}),P0(n,Lr(Vp()));let s=Lr(t);return P0(n,s),mT(n,e),yT(n),n}function P0(i,t){for(let e in t)if(e in t){let r=t[e];cu(r)&&cu(i[e])?i[e]={...i[e],...t[e]}:i[e]=t[e]}}function mT(i,t){if(!t)return;i.core?.baseUrl!==void 0||(i.core||={},i.core.baseUrl=Cr.dirname(nn(t)))}function gT(i){let t={...i};return i.core&&(t.core={...i.core}),t}function I0(i){i.baseUri!==void 0&&(i.core||={},i.core.baseUrl===void 0&&(i.core.baseUrl=i.baseUri));for(let e of Up)if(i[e]!==void 0){let n=i.core=i.core||{};n[e]===void 0&&(n[e]=i[e])}let t=i._worker;t!==void 0&&(i.core||={},i.core._workerType===void 0&&(i.core._workerType=t))}function yT(i){let t=i.core;if(t)for(let e of Up)t[e]!==void 0&&(i[e]=t[e])}function Ca(i){return i?(Array.isArray(i)&&(i=i[0]),Array.isArray(i?.extensions)):!1}function La(i){en(i,"null loader"),en(Ca(i),"invalid loader");let t;return Array.isArray(i)&&(t=i[1],i=i[0],i={...i,options:{...i.options,...t}}),(i?.parseTextSync||i?.parseText)&&(i.text=!0),i.text||(i.binary=!0),i}var T0=()=>{let i=zp();return i.loaderRegistry=i.loaderRegistry||[],i.loaderRegistry};function jp(i){let t=T0();i=Array.isArray(i)?i:[i];for(let e of i){let r=La(e);t.find(n=>r===n)||t.unshift(r)}}function A0(){return T0()}var vT=/\.([^.]+)$/;async function L0(i,t=[],e,r){if(!O0(i))return null;let n=Lr(e||{});if(n.core||={},i instanceof Response&&M0(i)){let o=await i.clone().text(),a=gu(o,t,{...n,core:{...n.core,nothrow:!0}},r);if(a)return a}let s=gu(i,t,{...n,core:{...n.core,nothrow:!0}},r);if(s)return s;if(He(i)&&(i=await i.slice(0,10).arrayBuffer(),s=gu(i,t,n,r)),!s&&i instanceof Response&&M0(i)){let o=await i.clone().text();s=gu(o,t,n,r)}if(!s&&!n.core.nothrow)throw new Error(B0(i));return s}function M0(i){let t=Us(i);return!!(t&&(t.startsWith("text/")||t==="application/json"||t.endsWith("+json")))}function gu(i,t=[],e,r){if(!O0(i))return null;let n=Lr(e||{});if(n.core||={},t&&!Array.isArray(t))return La(t);let s=[];t&&(s=s.concat(t)),n.core.ignoreRegisteredLoaders||s.push(...A0()),xT(s);let o=_T(i,s,n,r);if(!o&&!n.core.nothrow)throw new Error(B0(i));return o}function _T(i,t,e,r){let n=Nn(i),s=Us(i),o=nn(n)||r?.url,a=null,c="";return e?.core?.mimeType&&(a=Wp(t,e?.core?.mimeType),c=`match forced by supplied MIME type ${e?.core?.mimeType}`),a=a||bT(t,o),c=c||(a?`matched url ${o}`:""),a=a||Wp(t,s),c=c||(a?`matched MIME type ${s}`:""),a=a||ST(t,i),c=c||(a?`matched initial data ${R0(i)}`:""),e?.core?.fallbackMimeType&&(a=a||Wp(t,e?.core?.fallbackMimeType),c=c||(a?`matched fallback MIME type ${s}`:"")),c&&vp.log(1,`selectLoader selected ${a?.name}: ${c}.`),a}function O0(i){return!(i instanceof Response&&i.status===204)}function B0(i){let t=Nn(i),e=Us(i),r="No valid loader found (";r+=t?`${Cr.filename(t)}, `:"no url provided, ",r+=`MIME type: ${e?`"${e}"`:"not provided"}, `;let n=i?R0(i):"";return r+=n?` first bytes: "${n}"`:"first bytes: not available",r+=")",r}function xT(i){for(let t of i)La(t)}function bT(i,t){let e=t&&vT.exec(t),r=e&&e[1];return r?wT(i,r):null}function wT(i,t){t=t.toLowerCase();for(let e of i)for(let r of e.extensions)if(r.toLowerCase()===t)return e;return null}function Wp(i,t){for(let e of i)if(e.mimeTypes?.some(r=>kp(t,r))||kp(t,`application/x.${e.id}`))return e;return null}function ST(i,t){if(!t)return null;for(let e of i)if(typeof t=="string"){if(PT(t,e))return e}else if(ArrayBuffer.isView(t)){if(C0(t.buffer,t.byteOffset,e))return e}else if(t instanceof ArrayBuffer&&C0(t,0,e))return e;return null}function PT(i,t){return t.testText?t.testText(i):(Array.isArray(t.tests)?t.tests:[t.tests]).some(r=>i.startsWith(r))}function C0(i,t,e){return(Array.isArray(e.tests)?e.tests:[e.tests]).some(n=>ET(i,t,e,n))}function ET(i,t,e,r){if(ks(r))return Cp(r,i,r.byteLength);switch(typeof r){case"function":return r(Ta(i));case"string":let n=Gp(i,t,r.length);return r===n;default:return!1}}function R0(i,t=5){return typeof i=="string"?i.slice(0,t):ArrayBuffer.isView(i)?Gp(i.buffer,i.byteOffset,t):i instanceof ArrayBuffer?Gp(i,0,t):""}function Gp(i,t,e){if(i.byteLength<t+e)return"";let r=new DataView(i),n="";for(let s=0;s<e;s++)n+=String.fromCharCode(r.getUint8(t+s));return n}var IT=256*1024;function*D0(i,t){let e=t?.chunkSize||IT,r=0,n=new TextEncoder;for(;r<i.length;){let s=Math.min(i.length-r,e),o=i.slice(r,r+s);r+=s,yield Ta(n.encode(o))}}function*k0(i,t={}){let{chunkSize:e=262144}=t,r=0;for(;r<i.byteLength;){let n=Math.min(i.byteLength-r,e),s=new ArrayBuffer(n),o=new Uint8Array(i,r,n);new Uint8Array(s).set(o),r+=n,yield s}}async function*F0(i,t){let e=t?.chunkSize||1048576,r=0;for(;r<i.size;){let n=r+e,s=await i.slice(r,n).arrayBuffer();r=n,yield s}}function Hp(i,t){return kn?TT(i,t):AT(i,t)}async function*TT(i,t){let e=i.getReader(),r;try{for(;;){let n=r||e.read();t?._streamReadAhead&&(r=e.read());let{done:s,value:o}=await n;if(s)return;yield Ns(o)}}catch{e.releaseLock()}}async function*AT(i,t){for await(let e of i)yield Ns(e)}function N0(i,t){if(typeof i=="string")return D0(i,t);if(i instanceof ArrayBuffer)return k0(i,t);if(He(i))return F0(i,t);if(Pa(i))return Hp(i,t);if(Ge(i)){let e=i.body;if(!e)throw new Error("Readable stream not available on Response");return Hp(e,t)}throw new Error("makeIterator")}var U0="Cannot convert supplied data type";function MT(i,t,e){if(t.text&&typeof i=="string")return i;if(fu(i)&&(i=i.buffer),ks(i)){let r=Rp(i);return t.text&&!t.binary?new TextDecoder("utf8").decode(r):Ns(r)}throw new Error(U0)}async function z0(i,t,e){if(typeof i=="string"||ks(i))return MT(i,t,e);if(He(i)&&(i=await du(i)),Ge(i))return await b0(i),t.binary?await i.arrayBuffer():await i.text();if(Pa(i)&&(i=N0(i,e)),xp(i)||bp(i))return Op(i);throw new Error(U0)}function yu(i,t){let e=Vp(),r=i||e,n=r.fetch??r.core?.fetch;return typeof n=="function"?n:Gi(n)?s=>Np(s,n):t?.fetch?t?.fetch:Np}function V0(i,t,e){if(e)return e;let r={fetch:yu(t,i),...i};if(r.url){let n=nn(r.url);r.baseUrl=n,r.queryString=v0(r.url),r.filename=Cr.filename(n),r.baseUrl=Cr.dirname(n)}return Array.isArray(r.loaders)||(r.loaders=null),r}function j0(i,t){if(i&&!Array.isArray(i))return i;let e;if(i&&(e=Array.isArray(i)?i:[i]),t&&t.loaders){let r=Array.isArray(t.loaders)?t.loaders:[t.loaders];e=e?[...e,...r]:r}return e&&e.length?e:void 0}async function Oa(i,t,e,r){t&&!Array.isArray(t)&&!Ca(t)&&(r=void 0,e=t,t=void 0),i=await i,e=e||{};let n=Nn(i),o=j0(t,r),a=await L0(i,o,e);if(!a)return null;let c=E0(e,a,o,n);return r=V0({url:n,_parse:Oa,loaders:o},c,r||null),await CT(a,i,c,r)}async function CT(i,t,e,r){if(Tp(i),e=wp(i.options,e),Ge(t)){let{ok:s,redirected:o,status:a,statusText:c,type:l,url:f}=t,u=Object.fromEntries(t.headers.entries());r.response={headers:u,ok:s,redirected:o,status:a,statusText:c,type:l,url:f}}t=await z0(t,i,e);let n=i;if(n.parseTextSync&&typeof t=="string")return n.parseTextSync(t,e,r);if(Ap(i,e))return await Mp(i,t,e,r,Oa);if(n.parseText&&typeof t=="string")return await n.parseText(t,e,r);if(n.parse)return await n.parse(t,e,r);throw ve(!n.parseSync),new Error(`${i.id} loader - no parser found and worker is disabled`)}async function sn(i,t,e,r){let n,s;!Array.isArray(t)&&!Ca(t)?(n=[],s=t,r=void 0):(n=t,s=e);let o=yu(s),a=i;return typeof i=="string"&&(a=await o(i)),He(i)&&(a=await o(i)),typeof i=="string"&&(Lr(s||{}).core?.baseUrl||(s={...s,core:{...s?.core,baseUrl:i}})),Array.isArray(n)?await Oa(a,n,s):await Oa(a,n,s)}var W0="4.5.4";var LT=globalThis.loaders?.parseImageNode,$p=typeof Image<"u",Yp=typeof ImageBitmap<"u",OT=!!LT,Zp=kn?!0:OT;function G0(i){switch(i){case"auto":return Yp||$p||Zp;case"imagebitmap":return Yp;case"image":return $p;case"data":return Zp;default:throw new Error(`@loaders.gl/images: image ${i} not supported in this environment`)}}function H0(){if(Yp)return"imagebitmap";if($p)return"image";if(Zp)return"data";throw new Error("Install '@loaders.gl/polyfills' to parse images under Node.js")}function BT(i){let t=RT(i);if(!t)throw new Error("Not an image");return t}function $0(i){switch(BT(i)){case"data":return i;case"image":case"imagebitmap":let t=document.createElement("canvas"),e=t.getContext("2d");if(!e)throw new Error("getImageData");return t.width=i.width,t.height=i.height,e.drawImage(i,0,0),e.getImageData(0,0,i.width,i.height);default:throw new Error("getImageData")}}function RT(i){return typeof ImageBitmap<"u"&&i instanceof ImageBitmap?"imagebitmap":typeof Image<"u"&&i instanceof Image?"image":i&&typeof i=="object"&&i.data&&i.width&&i.height?"data":null}var DT=/^data:image\/svg\+xml/,kT=/\.svg((\?|#).*)?$/;function vu(i){return i&&(DT.test(i)||kT.test(i))}function Y0(i,t){if(vu(t)){let r=new TextDecoder().decode(i);try{typeof unescape=="function"&&typeof encodeURIComponent=="function"&&(r=unescape(encodeURIComponent(r)))}catch(s){throw new Error(s.message)}return`data:image/svg+xml;base64,${btoa(r)}`}return qp(i,t)}function qp(i,t){if(vu(t))throw new Error("SVG cannot be parsed directly to imagebitmap");return new Blob([new Uint8Array(i)])}async function _u(i,t,e){let r=Y0(i,e),n=self.URL||self.webkitURL,s=typeof r!="string"&&n.createObjectURL(r);try{return await FT(s||r,t)}finally{s&&n.revokeObjectURL(s)}}async function FT(i,t){let e=new Image;return e.src=i,t.image&&t.image.decode&&e.decode?(await e.decode(),e):await new Promise((r,n)=>{try{e.onload=()=>r(e),e.onerror=s=>{let o=s instanceof Error?s.message:"error";n(new Error(o))}}catch(s){n(s)}})}var Z0=!0;async function q0(i,t,e){let r;vu(e)?r=await _u(i,t,e):r=qp(i,e);let n=t&&t.imagebitmap;return await NT(r,n)}async function NT(i,t=null){if((UT(t)||!Z0)&&(t=null),t)try{return await createImageBitmap(i,t)}catch(e){console.warn(e),Z0=!1}return await createImageBitmap(i)}function UT(i){if(!i)return!0;for(let t in i)if(Object.prototype.hasOwnProperty.call(i,t))return!1;return!0}function X0(i){return!WT(i,"ftyp",4)||(i[8]&96)===0?null:zT(i)}function zT(i){switch(VT(i,8,12).replace("\0"," ").trim()){case"avif":case"avis":return{extension:"avif",mimeType:"image/avif"};default:return null}}function VT(i,t,e){return String.fromCharCode(...i.slice(t,e))}function jT(i){return[...i].map(t=>t.charCodeAt(0))}function WT(i,t,e=0){let r=jT(t);for(let n=0;n<r.length;++n)if(r[n]!==i[n+e])return!1;return!0}var $i=!1,Ba=!0;function xu(i){let t=Ra(i);return HT(t)||ZT(t)||$T(t)||YT(t)||GT(t)}function GT(i){let t=new Uint8Array(i instanceof DataView?i.buffer:i),e=X0(t);return e?{mimeType:e.mimeType,width:0,height:0}:null}function HT(i){let t=Ra(i);return t.byteLength>=24&&t.getUint32(0,$i)===2303741511?{mimeType:"image/png",width:t.getUint32(16,$i),height:t.getUint32(20,$i)}:null}function $T(i){let t=Ra(i);return t.byteLength>=10&&t.getUint32(0,$i)===1195984440?{mimeType:"image/gif",width:t.getUint16(6,Ba),height:t.getUint16(8,Ba)}:null}function YT(i){let t=Ra(i);return t.byteLength>=14&&t.getUint16(0,$i)===16973&&t.getUint32(2,Ba)===t.byteLength?{mimeType:"image/bmp",width:t.getUint32(18,Ba),height:t.getUint32(22,Ba)}:null}function ZT(i){let t=Ra(i);if(!(t.byteLength>=3&&t.getUint16(0,$i)===65496&&t.getUint8(2)===255))return null;let{tableMarkers:r,sofMarkers:n}=qT(),s=2;for(;s+9<t.byteLength;){let o=t.getUint16(s,$i);if(n.has(o))return{mimeType:"image/jpeg",height:t.getUint16(s+5,$i),width:t.getUint16(s+7,$i)};if(!r.has(o))return null;s+=2,s+=t.getUint16(s,$i)}return null}function qT(){let i=new Set([65499,65476,65484,65501,65534]);for(let e=65504;e<65520;++e)i.add(e);return{tableMarkers:i,sofMarkers:new Set([65472,65473,65474,65475,65477,65478,65479,65481,65482,65483,65485,65486,65487,65502])}}function Ra(i){if(i instanceof DataView)return i;if(ArrayBuffer.isView(i))return new DataView(i.buffer);if(i instanceof ArrayBuffer)return new DataView(i);throw new Error("toDataView")}async function K0(i,t){let{mimeType:e}=xu(i)||{},r=globalThis.loaders?.parseImageNode;return en(r),await r(i,e)}async function J0(i,t,e){t=t||{};let n=(t.image||{}).type||"auto",{url:s}=e||{},o=XT(n),a;switch(o){case"imagebitmap":a=await q0(i,t,s);break;case"image":a=await _u(i,t,s);break;case"data":a=await K0(i,t);break;default:en(!1)}return n==="data"&&(a=$0(a)),a}function XT(i){switch(i){case"auto":case"data":return H0();default:return G0(i),i}}var KT=["png","jpg","jpeg","gif","webp","bmp","ico","svg","avif"],JT=["image/png","image/jpeg","image/gif","image/webp","image/avif","image/bmp","image/vnd.microsoft.icon","image/svg+xml"],QT={image:{type:"auto",decode:!0}},Xp={dataType:null,batchType:null,id:"image",module:"images",name:"Images",version:W0,mimeTypes:JT,extensions:KT,parse:J0,tests:[i=>!!xu(new DataView(i))],options:QT};var tA=new ss({id:"deck"}),R=tA;var Kp={};function Q0(i){Kp=i}function Rt(i,t,e,r){R.level>0&&Kp[i]&&Kp[i].call(null,t,e,r)}function eA(i){let t=i[0],e=i[i.length-1];return t==="{"&&e==="}"||t==="["&&e==="]"}var tx={dataType:null,batchType:null,id:"JSON",name:"JSON",module:"",version:"",options:{},extensions:["json","geojson"],mimeTypes:["application/json","application/geo+json"],testText:eA,parseTextSync:JSON.parse};function iA(){let i="9.4.0",t=globalThis.deck&&globalThis.deck.VERSION;if(t&&t!==i)throw new Error(`deck.gl - multiple versions detected: ${t} vs ${i}`);return t||(R.log(1,`deck.gl ${i}`)(),globalThis.deck={...globalThis.deck,VERSION:i,version:i,log:R,_registerLoggers:Q0},jp([tx,[Xp,{imagebitmap:{premultiplyAlpha:"none"}}]])),i}var ex=iA();var Y5=1/Math.PI*180,Z5=1/180*Math.PI,rA={EPSILON:1e-12,debug:!1,precision:4,printTypes:!1,printDegrees:!1,printRowMajor:!0,_cartographicRadians:!1};globalThis.mathgl=globalThis.mathgl||{config:{...rA}};var Yt=globalThis.mathgl.config;function Jp(i,{precision:t=Yt.precision}={}){return i=nA(i),`${parseFloat(i.toPrecision(t))}`}function Or(i){return Array.isArray(i)||ArrayBuffer.isView(i)&&!(i instanceof DataView)}function _e(i,t,e){return oA(i,r=>Math.max(t,Math.min(e,r)))}function Un(i,t,e){return Or(i)?i.map((r,n)=>Un(r,t[n],e)):e*t+(1-e)*i}function Yi(i,t,e){let r=Yt.EPSILON;e&&(Yt.EPSILON=e);try{if(i===t)return!0;if(Or(i)&&Or(t)){if(i.length!==t.length)return!1;for(let n=0;n<i.length;++n)if(!Yi(i[n],t[n]))return!1;return!0}return i&&i.equals?i.equals(t):t&&t.equals?t.equals(i):typeof i=="number"&&typeof t=="number"?Math.abs(i-t)<=Yt.EPSILON*Math.max(1,Math.abs(i),Math.abs(t)):!1}finally{Yt.EPSILON=r}}function nA(i){return Math.round(i/Yt.EPSILON)*Yt.EPSILON}function sA(i){return i.clone?i.clone():new Array(i.length)}function oA(i,t,e){if(Or(i)){let r=i;e=e||sA(r);for(let n=0;n<e.length&&n<r.length;++n){let s=typeof i=="number"?i:i[n];e[n]=t(s,n,e)}return e}return t(i)}var zs=class extends Array{clone(){return new this.constructor().copy(this)}fromArray(t,e=0){for(let r=0;r<this.ELEMENTS;++r)this[r]=t[r+e];return this.check()}toArray(t=[],e=0){for(let r=0;r<this.ELEMENTS;++r)t[e+r]=this[r];return t}toObject(t){return t}from(t){return Array.isArray(t)?this.copy(t):this.fromObject(t)}to(t){return t===this?this:Or(t)?this.toArray(t):this.toObject(t)}toTarget(t){return t?this.to(t):this}toFloat32Array(){return new Float32Array(this)}toString(){return this.formatString(Yt)}formatString(t){let e="";for(let r=0;r<this.ELEMENTS;++r)e+=(r>0?", ":"")+Jp(this[r],t);return`${t.printTypes?this.constructor.name:""}[${e}]`}equals(t){if(!t||this.length!==t.length)return!1;for(let e=0;e<this.ELEMENTS;++e)if(!Yi(this[e],t[e]))return!1;return!0}exactEquals(t){if(!t||this.length!==t.length)return!1;for(let e=0;e<this.ELEMENTS;++e)if(this[e]!==t[e])return!1;return!0}negate(){for(let t=0;t<this.ELEMENTS;++t)this[t]=-this[t];return this.check()}lerp(t,e,r){if(r===void 0)return this.lerp(this,t,e);for(let n=0;n<this.ELEMENTS;++n){let s=t[n],o=typeof e=="number"?e:e[n];this[n]=s+r*(o-s)}return this.check()}min(t){for(let e=0;e<this.ELEMENTS;++e)this[e]=Math.min(t[e],this[e]);return this.check()}max(t){for(let e=0;e<this.ELEMENTS;++e)this[e]=Math.max(t[e],this[e]);return this.check()}clamp(t,e){for(let r=0;r<this.ELEMENTS;++r)this[r]=Math.min(Math.max(this[r],t[r]),e[r]);return this.check()}add(...t){for(let e of t)for(let r=0;r<this.ELEMENTS;++r)this[r]+=e[r];return this.check()}subtract(...t){for(let e of t)for(let r=0;r<this.ELEMENTS;++r)this[r]-=e[r];return this.check()}scale(t){if(typeof t=="number")for(let e=0;e<this.ELEMENTS;++e)this[e]*=t;else for(let e=0;e<this.ELEMENTS&&e<t.length;++e)this[e]*=t[e];return this.check()}multiplyByScalar(t){for(let e=0;e<this.ELEMENTS;++e)this[e]*=t;return this.check()}check(){if(Yt.debug&&!this.validate())throw new Error(`math.gl: ${this.constructor.name} some fields set to invalid numbers'`);return this}validate(){let t=this.length===this.ELEMENTS;for(let e=0;e<this.ELEMENTS;++e)t=t&&Number.isFinite(this[e]);return t}sub(t){return this.subtract(t)}setScalar(t){for(let e=0;e<this.ELEMENTS;++e)this[e]=t;return this.check()}addScalar(t){for(let e=0;e<this.ELEMENTS;++e)this[e]+=t;return this.check()}subScalar(t){return this.addScalar(-t)}multiplyScalar(t){for(let e=0;e<this.ELEMENTS;++e)this[e]*=t;return this.check()}divideScalar(t){return this.multiplyByScalar(1/t)}clampScalar(t,e){for(let r=0;r<this.ELEMENTS;++r)this[r]=Math.min(Math.max(this[r],t),e);return this.check()}get elements(){return this}};function aA(i,t){if(i.length!==t)return!1;for(let e=0;e<i.length;++e)if(!Number.isFinite(i[e]))return!1;return!0}function fe(i){if(!Number.isFinite(i))throw new Error(`Invalid number ${JSON.stringify(i)}`);return i}function bu(i,t,e=""){if(Yt.debug&&!aA(i,t))throw new Error(`math.gl: ${e} some fields set to invalid numbers'`);return i}function Qp(i,t){if(!i)throw new Error(`math.gl assertion ${t}`)}var wu=class extends zs{get x(){return this[0]}set x(t){this[0]=fe(t)}get y(){return this[1]}set y(t){this[1]=fe(t)}len(){return Math.sqrt(this.lengthSquared())}magnitude(){return this.len()}lengthSquared(){let t=0;for(let e=0;e<this.ELEMENTS;++e)t+=this[e]*this[e];return t}magnitudeSquared(){return this.lengthSquared()}distance(t){return Math.sqrt(this.distanceSquared(t))}distanceSquared(t){let e=0;for(let r=0;r<this.ELEMENTS;++r){let n=this[r]-t[r];e+=n*n}return fe(e)}dot(t){let e=0;for(let r=0;r<this.ELEMENTS;++r)e+=this[r]*t[r];return fe(e)}normalize(){let t=this.magnitude();if(t!==0)for(let e=0;e<this.ELEMENTS;++e)this[e]/=t;return this.check()}multiply(...t){for(let e of t)for(let r=0;r<this.ELEMENTS;++r)this[r]*=e[r];return this.check()}divide(...t){for(let e of t)for(let r=0;r<this.ELEMENTS;++r)this[r]/=e[r];return this.check()}lengthSq(){return this.lengthSquared()}distanceTo(t){return this.distance(t)}distanceToSquared(t){return this.distanceSquared(t)}getComponent(t){return Qp(t>=0&&t<this.ELEMENTS,"index is out of range"),fe(this[t])}setComponent(t,e){return Qp(t>=0&&t<this.ELEMENTS,"index is out of range"),this[t]=e,this.check()}addVectors(t,e){return this.copy(t).add(e)}subVectors(t,e){return this.copy(t).subtract(e)}multiplyVectors(t,e){return this.copy(t).multiply(e)}addScaledVector(t,e){return this.add(new this.constructor(t).multiplyScalar(e))}};var wi={};he(wi,{add:()=>dA,angle:()=>LA,ceil:()=>hA,clone:()=>cA,copy:()=>fA,create:()=>ix,cross:()=>PA,dist:()=>zA,distance:()=>ox,div:()=>UA,divide:()=>sx,dot:()=>SA,equals:()=>DA,exactEquals:()=>RA,floor:()=>pA,forEach:()=>WA,fromValues:()=>lA,inverse:()=>bA,len:()=>kA,length:()=>cx,lerp:()=>EA,max:()=>gA,min:()=>mA,mul:()=>NA,multiply:()=>nx,negate:()=>xA,normalize:()=>wA,random:()=>IA,rotate:()=>CA,round:()=>yA,scale:()=>vA,scaleAndAdd:()=>_A,set:()=>uA,sqrDist:()=>VA,sqrLen:()=>jA,squaredDistance:()=>ax,squaredLength:()=>lx,str:()=>BA,sub:()=>FA,subtract:()=>rx,transformMat2:()=>TA,transformMat2d:()=>AA,transformMat3:()=>MA,transformMat4:()=>tm,zero:()=>OA});var Dt=typeof Float32Array<"u"?Float32Array:Array,Zi=Math.random;function ii(i){return i>=0?Math.round(i):i%.5===0?Math.floor(i):Math.round(i)}var sH=Math.PI/180;function ix(){let i=new Dt(2);return Dt!=Float32Array&&(i[0]=0,i[1]=0),i}function cA(i){let t=new Dt(2);return t[0]=i[0],t[1]=i[1],t}function lA(i,t){let e=new Dt(2);return e[0]=i,e[1]=t,e}function fA(i,t){return i[0]=t[0],i[1]=t[1],i}function uA(i,t,e){return i[0]=t,i[1]=e,i}function dA(i,t,e){return i[0]=t[0]+e[0],i[1]=t[1]+e[1],i}function rx(i,t,e){return i[0]=t[0]-e[0],i[1]=t[1]-e[1],i}function nx(i,t,e){return i[0]=t[0]*e[0],i[1]=t[1]*e[1],i}function sx(i,t,e){return i[0]=t[0]/e[0],i[1]=t[1]/e[1],i}function hA(i,t){return i[0]=Math.ceil(t[0]),i[1]=Math.ceil(t[1]),i}function pA(i,t){return i[0]=Math.floor(t[0]),i[1]=Math.floor(t[1]),i}function mA(i,t,e){return i[0]=Math.min(t[0],e[0]),i[1]=Math.min(t[1],e[1]),i}function gA(i,t,e){return i[0]=Math.max(t[0],e[0]),i[1]=Math.max(t[1],e[1]),i}function yA(i,t){return i[0]=ii(t[0]),i[1]=ii(t[1]),i}function vA(i,t,e){return i[0]=t[0]*e,i[1]=t[1]*e,i}function _A(i,t,e,r){return i[0]=t[0]+e[0]*r,i[1]=t[1]+e[1]*r,i}function ox(i,t){let e=t[0]-i[0],r=t[1]-i[1];return Math.sqrt(e*e+r*r)}function ax(i,t){let e=t[0]-i[0],r=t[1]-i[1];return e*e+r*r}function cx(i){let t=i[0],e=i[1];return Math.sqrt(t*t+e*e)}function lx(i){let t=i[0],e=i[1];return t*t+e*e}function xA(i,t){return i[0]=-t[0],i[1]=-t[1],i}function bA(i,t){return i[0]=1/t[0],i[1]=1/t[1],i}function wA(i,t){let e=t[0],r=t[1],n=e*e+r*r;return n>0&&(n=1/Math.sqrt(n)),i[0]=t[0]*n,i[1]=t[1]*n,i}function SA(i,t){return i[0]*t[0]+i[1]*t[1]}function PA(i,t,e){let r=t[0]*e[1]-t[1]*e[0];return i[0]=i[1]=0,i[2]=r,i}function EA(i,t,e,r){let n=t[0],s=t[1];return i[0]=n+r*(e[0]-n),i[1]=s+r*(e[1]-s),i}function IA(i,t){t=t===void 0?1:t;let e=Zi()*2*Math.PI;return i[0]=Math.cos(e)*t,i[1]=Math.sin(e)*t,i}function TA(i,t,e){let r=t[0],n=t[1];return i[0]=e[0]*r+e[2]*n,i[1]=e[1]*r+e[3]*n,i}function AA(i,t,e){let r=t[0],n=t[1];return i[0]=e[0]*r+e[2]*n+e[4],i[1]=e[1]*r+e[3]*n+e[5],i}function MA(i,t,e){let r=t[0],n=t[1];return i[0]=e[0]*r+e[3]*n+e[6],i[1]=e[1]*r+e[4]*n+e[7],i}function tm(i,t,e){let r=t[0],n=t[1];return i[0]=e[0]*r+e[4]*n+e[12],i[1]=e[1]*r+e[5]*n+e[13],i}function CA(i,t,e,r){let n=t[0]-e[0],s=t[1]-e[1],o=Math.sin(r),a=Math.cos(r);return i[0]=n*a-s*o+e[0],i[1]=n*o+s*a+e[1],i}function LA(i,t){let e=i[0],r=i[1],n=t[0],s=t[1],o=Math.sqrt((e*e+r*r)*(n*n+s*s)),a=o&&(e*n+r*s)/o;return Math.acos(Math.min(Math.max(a,-1),1))}function OA(i){return i[0]=0,i[1]=0,i}function BA(i){return`vec2(${i[0]}, ${i[1]})`}function RA(i,t){return i[0]===t[0]&&i[1]===t[1]}function DA(i,t){let e=i[0],r=i[1],n=t[0],s=t[1];return Math.abs(e-n)<=1e-6*Math.max(1,Math.abs(e),Math.abs(n))&&Math.abs(r-s)<=1e-6*Math.max(1,Math.abs(r),Math.abs(s))}var kA=cx,FA=rx,NA=nx,UA=sx,zA=ox,VA=ax,jA=lx,WA=(function(){let i=ix();return function(t,e,r,n,s,o){let a,c;for(e||(e=2),r||(r=0),n?c=Math.min(n*e+r,t.length):c=t.length,a=r;a<c;a+=e)i[0]=t[a],i[1]=t[a+1],s(i,i,o),t[a]=i[0],t[a+1]=i[1];return t}})();function fx(i,t,e){let r=t[0],n=t[1],s=e[3]*r+e[7]*n||1;return i[0]=(e[0]*r+e[4]*n)/s,i[1]=(e[1]*r+e[5]*n)/s,i}function Pu(i,t,e){let r=t[0],n=t[1],s=t[2],o=e[3]*r+e[7]*n+e[11]*s||1;return i[0]=(e[0]*r+e[4]*n+e[8]*s)/o,i[1]=(e[1]*r+e[5]*n+e[9]*s)/o,i[2]=(e[2]*r+e[6]*n+e[10]*s)/o,i}function ux(i,t,e){let r=t[0],n=t[1];return i[0]=e[0]*r+e[2]*n,i[1]=e[1]*r+e[3]*n,i[2]=t[2],i}var Vs={};he(Vs,{add:()=>ZA,angle:()=>cm,bezier:()=>cM,ceil:()=>qA,clone:()=>GA,copy:()=>$A,create:()=>dx,cross:()=>im,dist:()=>yM,distance:()=>yx,div:()=>gM,divide:()=>gx,dot:()=>em,equals:()=>hM,exactEquals:()=>dM,floor:()=>XA,forEach:()=>bM,fromValues:()=>HA,hermite:()=>aM,inverse:()=>rM,len:()=>_M,length:()=>hx,lerp:()=>sM,max:()=>JA,min:()=>KA,mul:()=>mM,multiply:()=>mx,negate:()=>iM,normalize:()=>nM,random:()=>lM,rotateX:()=>sm,rotateY:()=>om,rotateZ:()=>am,round:()=>QA,scale:()=>tM,scaleAndAdd:()=>eM,set:()=>YA,slerp:()=>oM,sqrDist:()=>vM,sqrLen:()=>xM,squaredDistance:()=>vx,squaredLength:()=>_x,str:()=>uM,sub:()=>pM,subtract:()=>px,transformMat3:()=>rm,transformMat4:()=>Da,transformQuat:()=>nm,zero:()=>fM});function dx(){let i=new Dt(3);return Dt!=Float32Array&&(i[0]=0,i[1]=0,i[2]=0),i}function GA(i){let t=new Dt(3);return t[0]=i[0],t[1]=i[1],t[2]=i[2],t}function hx(i){let t=i[0],e=i[1],r=i[2];return Math.sqrt(t*t+e*e+r*r)}function HA(i,t,e){let r=new Dt(3);return r[0]=i,r[1]=t,r[2]=e,r}function $A(i,t){return i[0]=t[0],i[1]=t[1],i[2]=t[2],i}function YA(i,t,e,r){return i[0]=t,i[1]=e,i[2]=r,i}function ZA(i,t,e){return i[0]=t[0]+e[0],i[1]=t[1]+e[1],i[2]=t[2]+e[2],i}function px(i,t,e){return i[0]=t[0]-e[0],i[1]=t[1]-e[1],i[2]=t[2]-e[2],i}function mx(i,t,e){return i[0]=t[0]*e[0],i[1]=t[1]*e[1],i[2]=t[2]*e[2],i}function gx(i,t,e){return i[0]=t[0]/e[0],i[1]=t[1]/e[1],i[2]=t[2]/e[2],i}function qA(i,t){return i[0]=Math.ceil(t[0]),i[1]=Math.ceil(t[1]),i[2]=Math.ceil(t[2]),i}function XA(i,t){return i[0]=Math.floor(t[0]),i[1]=Math.floor(t[1]),i[2]=Math.floor(t[2]),i}function KA(i,t,e){return i[0]=Math.min(t[0],e[0]),i[1]=Math.min(t[1],e[1]),i[2]=Math.min(t[2],e[2]),i}function JA(i,t,e){return i[0]=Math.max(t[0],e[0]),i[1]=Math.max(t[1],e[1]),i[2]=Math.max(t[2],e[2]),i}function QA(i,t){return i[0]=ii(t[0]),i[1]=ii(t[1]),i[2]=ii(t[2]),i}function tM(i,t,e){return i[0]=t[0]*e,i[1]=t[1]*e,i[2]=t[2]*e,i}function eM(i,t,e,r){return i[0]=t[0]+e[0]*r,i[1]=t[1]+e[1]*r,i[2]=t[2]+e[2]*r,i}function yx(i,t){let e=t[0]-i[0],r=t[1]-i[1],n=t[2]-i[2];return Math.sqrt(e*e+r*r+n*n)}function vx(i,t){let e=t[0]-i[0],r=t[1]-i[1],n=t[2]-i[2];return e*e+r*r+n*n}function _x(i){let t=i[0],e=i[1],r=i[2];return t*t+e*e+r*r}function iM(i,t){return i[0]=-t[0],i[1]=-t[1],i[2]=-t[2],i}function rM(i,t){return i[0]=1/t[0],i[1]=1/t[1],i[2]=1/t[2],i}function nM(i,t){let e=t[0],r=t[1],n=t[2],s=e*e+r*r+n*n;return s>0&&(s=1/Math.sqrt(s)),i[0]=t[0]*s,i[1]=t[1]*s,i[2]=t[2]*s,i}function em(i,t){return i[0]*t[0]+i[1]*t[1]+i[2]*t[2]}function im(i,t,e){let r=t[0],n=t[1],s=t[2],o=e[0],a=e[1],c=e[2];return i[0]=n*c-s*a,i[1]=s*o-r*c,i[2]=r*a-n*o,i}function sM(i,t,e,r){let n=t[0],s=t[1],o=t[2];return i[0]=n+r*(e[0]-n),i[1]=s+r*(e[1]-s),i[2]=o+r*(e[2]-o),i}function oM(i,t,e,r){let n=Math.acos(Math.min(Math.max(em(t,e),-1),1)),s=Math.sin(n),o=Math.sin((1-r)*n)/s,a=Math.sin(r*n)/s;return i[0]=o*t[0]+a*e[0],i[1]=o*t[1]+a*e[1],i[2]=o*t[2]+a*e[2],i}function aM(i,t,e,r,n,s){let o=s*s,a=o*(2*s-3)+1,c=o*(s-2)+s,l=o*(s-1),f=o*(3-2*s);return i[0]=t[0]*a+e[0]*c+r[0]*l+n[0]*f,i[1]=t[1]*a+e[1]*c+r[1]*l+n[1]*f,i[2]=t[2]*a+e[2]*c+r[2]*l+n[2]*f,i}function cM(i,t,e,r,n,s){let o=1-s,a=o*o,c=s*s,l=a*o,f=3*s*a,u=3*c*o,d=c*s;return i[0]=t[0]*l+e[0]*f+r[0]*u+n[0]*d,i[1]=t[1]*l+e[1]*f+r[1]*u+n[1]*d,i[2]=t[2]*l+e[2]*f+r[2]*u+n[2]*d,i}function lM(i,t){t=t===void 0?1:t;let e=Zi()*2*Math.PI,r=Zi()*2-1,n=Math.sqrt(1-r*r)*t;return i[0]=Math.cos(e)*n,i[1]=Math.sin(e)*n,i[2]=r*t,i}function Da(i,t,e){let r=t[0],n=t[1],s=t[2],o=e[3]*r+e[7]*n+e[11]*s+e[15];return o=o||1,i[0]=(e[0]*r+e[4]*n+e[8]*s+e[12])/o,i[1]=(e[1]*r+e[5]*n+e[9]*s+e[13])/o,i[2]=(e[2]*r+e[6]*n+e[10]*s+e[14])/o,i}function rm(i,t,e){let r=t[0],n=t[1],s=t[2];return i[0]=r*e[0]+n*e[3]+s*e[6],i[1]=r*e[1]+n*e[4]+s*e[7],i[2]=r*e[2]+n*e[5]+s*e[8],i}function nm(i,t,e){let r=e[0],n=e[1],s=e[2],o=e[3],a=t[0],c=t[1],l=t[2],f=n*l-s*c,u=s*a-r*l,d=r*c-n*a,h=n*d-s*u,p=s*f-r*d,g=r*u-n*f,m=o*2;return f*=m,u*=m,d*=m,h*=2,p*=2,g*=2,i[0]=a+f+h,i[1]=c+u+p,i[2]=l+d+g,i}function sm(i,t,e,r){let n=[],s=[];return n[0]=t[0]-e[0],n[1]=t[1]-e[1],n[2]=t[2]-e[2],s[0]=n[0],s[1]=n[1]*Math.cos(r)-n[2]*Math.sin(r),s[2]=n[1]*Math.sin(r)+n[2]*Math.cos(r),i[0]=s[0]+e[0],i[1]=s[1]+e[1],i[2]=s[2]+e[2],i}function om(i,t,e,r){let n=[],s=[];return n[0]=t[0]-e[0],n[1]=t[1]-e[1],n[2]=t[2]-e[2],s[0]=n[2]*Math.sin(r)+n[0]*Math.cos(r),s[1]=n[1],s[2]=n[2]*Math.cos(r)-n[0]*Math.sin(r),i[0]=s[0]+e[0],i[1]=s[1]+e[1],i[2]=s[2]+e[2],i}function am(i,t,e,r){let n=[],s=[];return n[0]=t[0]-e[0],n[1]=t[1]-e[1],n[2]=t[2]-e[2],s[0]=n[0]*Math.cos(r)-n[1]*Math.sin(r),s[1]=n[0]*Math.sin(r)+n[1]*Math.cos(r),s[2]=n[2],i[0]=s[0]+e[0],i[1]=s[1]+e[1],i[2]=s[2]+e[2],i}function cm(i,t){let e=i[0],r=i[1],n=i[2],s=t[0],o=t[1],a=t[2],c=Math.sqrt((e*e+r*r+n*n)*(s*s+o*o+a*a)),l=c&&em(i,t)/c;return Math.acos(Math.min(Math.max(l,-1),1))}function fM(i){return i[0]=0,i[1]=0,i[2]=0,i}function uM(i){return`vec3(${i[0]}, ${i[1]}, ${i[2]})`}function dM(i,t){return i[0]===t[0]&&i[1]===t[1]&&i[2]===t[2]}function hM(i,t){let e=i[0],r=i[1],n=i[2],s=t[0],o=t[1],a=t[2];return Math.abs(e-s)<=1e-6*Math.max(1,Math.abs(e),Math.abs(s))&&Math.abs(r-o)<=1e-6*Math.max(1,Math.abs(r),Math.abs(o))&&Math.abs(n-a)<=1e-6*Math.max(1,Math.abs(n),Math.abs(a))}var pM=px,mM=mx,gM=gx,yM=yx,vM=vx,_M=hx,xM=_x,bM=(function(){let i=dx();return function(t,e,r,n,s,o){let a,c;for(e||(e=3),r||(r=0),n?c=Math.min(n*e+r,t.length):c=t.length,a=r;a<c;a+=e)i[0]=t[a],i[1]=t[a+1],i[2]=t[a+2],s(i,i,o),t[a]=i[0],t[a+1]=i[1],t[a+2]=i[2];return t}})();var lm=[0,0,0],Eu,ue=class i extends wu{static get ZERO(){return Eu||(Eu=new i(0,0,0),Object.freeze(Eu)),Eu}constructor(t=0,e=0,r=0){super(-0,-0,-0),arguments.length===1&&Or(t)?this.copy(t):(Yt.debug&&(fe(t),fe(e),fe(r)),this[0]=t,this[1]=e,this[2]=r)}set(t,e,r){return this[0]=t,this[1]=e,this[2]=r,this.check()}copy(t){return this[0]=t[0],this[1]=t[1],this[2]=t[2],this.check()}fromObject(t){return Yt.debug&&(fe(t.x),fe(t.y),fe(t.z)),this[0]=t.x,this[1]=t.y,this[2]=t.z,this.check()}toObject(t){return t.x=this[0],t.y=this[1],t.z=this[2],t}get ELEMENTS(){return 3}get z(){return this[2]}set z(t){this[2]=fe(t)}angle(t){return cm(this,t)}cross(t){return im(this,this,t),this.check()}rotateX({radians:t,origin:e=lm}){return sm(this,this,e,t),this.check()}rotateY({radians:t,origin:e=lm}){return om(this,this,e,t),this.check()}rotateZ({radians:t,origin:e=lm}){return am(this,this,e,t),this.check()}transform(t){return this.transformAsPoint(t)}transformAsPoint(t){return Da(this,this,t),this.check()}transformAsVector(t){return Pu(this,this,t),this.check()}transformByMatrix3(t){return rm(this,this,t),this.check()}transformByMatrix2(t){return ux(this,this,t),this.check()}transformByQuaternion(t){return nm(this,this,t),this.check()}};var Iu=class extends zs{toString(){let t="[";if(Yt.printRowMajor){t+="row-major:";for(let e=0;e<this.RANK;++e)for(let r=0;r<this.RANK;++r)t+=` ${this[r*this.RANK+e]}`}else{t+="column-major:";for(let e=0;e<this.ELEMENTS;++e)t+=` ${this[e]}`}return t+="]",t}getElementIndex(t,e){return e*this.RANK+t}getElement(t,e){return this[e*this.RANK+t]}setElement(t,e,r){return this[e*this.RANK+t]=fe(r),this}getColumn(t,e=new Array(this.RANK).fill(-0)){let r=t*this.RANK;for(let n=0;n<this.RANK;++n)e[n]=this[r+n];return e}setColumn(t,e){let r=t*this.RANK;for(let n=0;n<this.RANK;++n)this[r+n]=e[n];return this}};var Gt={};he(Gt,{add:()=>$M,adjoint:()=>TM,clone:()=>SM,copy:()=>PM,create:()=>wM,decompose:()=>FM,determinant:()=>dm,equals:()=>XM,exactEquals:()=>qM,frob:()=>HM,fromQuat:()=>_m,fromQuat2:()=>RM,fromRotation:()=>CM,fromRotationTranslation:()=>bx,fromRotationTranslationScale:()=>NM,fromRotationTranslationScaleOrigin:()=>UM,fromScaling:()=>MM,fromTranslation:()=>AM,fromValues:()=>EM,fromXRotation:()=>LM,fromYRotation:()=>OM,fromZRotation:()=>BM,frustum:()=>xm,getRotation:()=>kM,getScaling:()=>wx,getTranslation:()=>DM,identity:()=>xx,invert:()=>um,lookAt:()=>Sm,mul:()=>KM,multiply:()=>ka,multiplyScalar:()=>YM,multiplyScalarAndAdd:()=>ZM,ortho:()=>wm,orthoNO:()=>Px,orthoZO:()=>jM,perspective:()=>bm,perspectiveFromFieldOfView:()=>VM,perspectiveNO:()=>Sx,perspectiveZO:()=>zM,rotate:()=>mm,rotateX:()=>gm,rotateY:()=>ym,rotateZ:()=>vm,scale:()=>pm,set:()=>IM,str:()=>GM,sub:()=>JM,subtract:()=>Ex,targetTo:()=>WM,translate:()=>hm,transpose:()=>fm});function wM(){let i=new Dt(16);return Dt!=Float32Array&&(i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[6]=0,i[7]=0,i[8]=0,i[9]=0,i[11]=0,i[12]=0,i[13]=0,i[14]=0),i[0]=1,i[5]=1,i[10]=1,i[15]=1,i}function SM(i){let t=new Dt(16);return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],t}function PM(i,t){return i[0]=t[0],i[1]=t[1],i[2]=t[2],i[3]=t[3],i[4]=t[4],i[5]=t[5],i[6]=t[6],i[7]=t[7],i[8]=t[8],i[9]=t[9],i[10]=t[10],i[11]=t[11],i[12]=t[12],i[13]=t[13],i[14]=t[14],i[15]=t[15],i}function EM(i,t,e,r,n,s,o,a,c,l,f,u,d,h,p,g){let m=new Dt(16);return m[0]=i,m[1]=t,m[2]=e,m[3]=r,m[4]=n,m[5]=s,m[6]=o,m[7]=a,m[8]=c,m[9]=l,m[10]=f,m[11]=u,m[12]=d,m[13]=h,m[14]=p,m[15]=g,m}function IM(i,t,e,r,n,s,o,a,c,l,f,u,d,h,p,g,m){return i[0]=t,i[1]=e,i[2]=r,i[3]=n,i[4]=s,i[5]=o,i[6]=a,i[7]=c,i[8]=l,i[9]=f,i[10]=u,i[11]=d,i[12]=h,i[13]=p,i[14]=g,i[15]=m,i}function xx(i){return i[0]=1,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=1,i[6]=0,i[7]=0,i[8]=0,i[9]=0,i[10]=1,i[11]=0,i[12]=0,i[13]=0,i[14]=0,i[15]=1,i}function fm(i,t){if(i===t){let e=t[1],r=t[2],n=t[3],s=t[6],o=t[7],a=t[11];i[1]=t[4],i[2]=t[8],i[3]=t[12],i[4]=e,i[6]=t[9],i[7]=t[13],i[8]=r,i[9]=s,i[11]=t[14],i[12]=n,i[13]=o,i[14]=a}else i[0]=t[0],i[1]=t[4],i[2]=t[8],i[3]=t[12],i[4]=t[1],i[5]=t[5],i[6]=t[9],i[7]=t[13],i[8]=t[2],i[9]=t[6],i[10]=t[10],i[11]=t[14],i[12]=t[3],i[13]=t[7],i[14]=t[11],i[15]=t[15];return i}function um(i,t){let e=t[0],r=t[1],n=t[2],s=t[3],o=t[4],a=t[5],c=t[6],l=t[7],f=t[8],u=t[9],d=t[10],h=t[11],p=t[12],g=t[13],m=t[14],_=t[15],b=e*a-r*o,v=e*c-n*o,x=e*l-s*o,w=r*c-n*a,S=r*l-s*a,E=n*l-s*c,T=f*g-u*p,A=f*m-d*p,P=f*_-h*p,$=u*m-d*g,N=u*_-h*g,O=d*_-h*m,K=b*O-v*N+x*$+w*P-S*A+E*T;return K?(K=1/K,i[0]=(a*O-c*N+l*$)*K,i[1]=(n*N-r*O-s*$)*K,i[2]=(g*E-m*S+_*w)*K,i[3]=(d*S-u*E-h*w)*K,i[4]=(c*P-o*O-l*A)*K,i[5]=(e*O-n*P+s*A)*K,i[6]=(m*x-p*E-_*v)*K,i[7]=(f*E-d*x+h*v)*K,i[8]=(o*N-a*P+l*T)*K,i[9]=(r*P-e*N-s*T)*K,i[10]=(p*S-g*x+_*b)*K,i[11]=(u*x-f*S-h*b)*K,i[12]=(a*A-o*$-c*T)*K,i[13]=(e*$-r*A+n*T)*K,i[14]=(g*v-p*w-m*b)*K,i[15]=(f*w-u*v+d*b)*K,i):null}function TM(i,t){let e=t[0],r=t[1],n=t[2],s=t[3],o=t[4],a=t[5],c=t[6],l=t[7],f=t[8],u=t[9],d=t[10],h=t[11],p=t[12],g=t[13],m=t[14],_=t[15],b=e*a-r*o,v=e*c-n*o,x=e*l-s*o,w=r*c-n*a,S=r*l-s*a,E=n*l-s*c,T=f*g-u*p,A=f*m-d*p,P=f*_-h*p,$=u*m-d*g,N=u*_-h*g,O=d*_-h*m;return i[0]=a*O-c*N+l*$,i[1]=n*N-r*O-s*$,i[2]=g*E-m*S+_*w,i[3]=d*S-u*E-h*w,i[4]=c*P-o*O-l*A,i[5]=e*O-n*P+s*A,i[6]=m*x-p*E-_*v,i[7]=f*E-d*x+h*v,i[8]=o*N-a*P+l*T,i[9]=r*P-e*N-s*T,i[10]=p*S-g*x+_*b,i[11]=u*x-f*S-h*b,i[12]=a*A-o*$-c*T,i[13]=e*$-r*A+n*T,i[14]=g*v-p*w-m*b,i[15]=f*w-u*v+d*b,i}function dm(i){let t=i[0],e=i[1],r=i[2],n=i[3],s=i[4],o=i[5],a=i[6],c=i[7],l=i[8],f=i[9],u=i[10],d=i[11],h=i[12],p=i[13],g=i[14],m=i[15],_=t*o-e*s,b=t*a-r*s,v=e*a-r*o,x=l*p-f*h,w=l*g-u*h,S=f*g-u*p,E=t*S-e*w+r*x,T=s*S-o*w+a*x,A=l*v-f*b+u*_,P=h*v-p*b+g*_;return c*E-n*T+m*A-d*P}function ka(i,t,e){let r=t[0],n=t[1],s=t[2],o=t[3],a=t[4],c=t[5],l=t[6],f=t[7],u=t[8],d=t[9],h=t[10],p=t[11],g=t[12],m=t[13],_=t[14],b=t[15],v=e[0],x=e[1],w=e[2],S=e[3];return i[0]=v*r+x*a+w*u+S*g,i[1]=v*n+x*c+w*d+S*m,i[2]=v*s+x*l+w*h+S*_,i[3]=v*o+x*f+w*p+S*b,v=e[4],x=e[5],w=e[6],S=e[7],i[4]=v*r+x*a+w*u+S*g,i[5]=v*n+x*c+w*d+S*m,i[6]=v*s+x*l+w*h+S*_,i[7]=v*o+x*f+w*p+S*b,v=e[8],x=e[9],w=e[10],S=e[11],i[8]=v*r+x*a+w*u+S*g,i[9]=v*n+x*c+w*d+S*m,i[10]=v*s+x*l+w*h+S*_,i[11]=v*o+x*f+w*p+S*b,v=e[12],x=e[13],w=e[14],S=e[15],i[12]=v*r+x*a+w*u+S*g,i[13]=v*n+x*c+w*d+S*m,i[14]=v*s+x*l+w*h+S*_,i[15]=v*o+x*f+w*p+S*b,i}function hm(i,t,e){let r=e[0],n=e[1],s=e[2],o,a,c,l,f,u,d,h,p,g,m,_;return t===i?(i[12]=t[0]*r+t[4]*n+t[8]*s+t[12],i[13]=t[1]*r+t[5]*n+t[9]*s+t[13],i[14]=t[2]*r+t[6]*n+t[10]*s+t[14],i[15]=t[3]*r+t[7]*n+t[11]*s+t[15]):(o=t[0],a=t[1],c=t[2],l=t[3],f=t[4],u=t[5],d=t[6],h=t[7],p=t[8],g=t[9],m=t[10],_=t[11],i[0]=o,i[1]=a,i[2]=c,i[3]=l,i[4]=f,i[5]=u,i[6]=d,i[7]=h,i[8]=p,i[9]=g,i[10]=m,i[11]=_,i[12]=o*r+f*n+p*s+t[12],i[13]=a*r+u*n+g*s+t[13],i[14]=c*r+d*n+m*s+t[14],i[15]=l*r+h*n+_*s+t[15]),i}function pm(i,t,e){let r=e[0],n=e[1],s=e[2];return i[0]=t[0]*r,i[1]=t[1]*r,i[2]=t[2]*r,i[3]=t[3]*r,i[4]=t[4]*n,i[5]=t[5]*n,i[6]=t[6]*n,i[7]=t[7]*n,i[8]=t[8]*s,i[9]=t[9]*s,i[10]=t[10]*s,i[11]=t[11]*s,i[12]=t[12],i[13]=t[13],i[14]=t[14],i[15]=t[15],i}function mm(i,t,e,r){let n=r[0],s=r[1],o=r[2],a=Math.sqrt(n*n+s*s+o*o),c,l,f,u,d,h,p,g,m,_,b,v,x,w,S,E,T,A,P,$,N,O,K,St;return a<1e-6?null:(a=1/a,n*=a,s*=a,o*=a,l=Math.sin(e),c=Math.cos(e),f=1-c,u=t[0],d=t[1],h=t[2],p=t[3],g=t[4],m=t[5],_=t[6],b=t[7],v=t[8],x=t[9],w=t[10],S=t[11],E=n*n*f+c,T=s*n*f+o*l,A=o*n*f-s*l,P=n*s*f-o*l,$=s*s*f+c,N=o*s*f+n*l,O=n*o*f+s*l,K=s*o*f-n*l,St=o*o*f+c,i[0]=u*E+g*T+v*A,i[1]=d*E+m*T+x*A,i[2]=h*E+_*T+w*A,i[3]=p*E+b*T+S*A,i[4]=u*P+g*$+v*N,i[5]=d*P+m*$+x*N,i[6]=h*P+_*$+w*N,i[7]=p*P+b*$+S*N,i[8]=u*O+g*K+v*St,i[9]=d*O+m*K+x*St,i[10]=h*O+_*K+w*St,i[11]=p*O+b*K+S*St,t!==i&&(i[12]=t[12],i[13]=t[13],i[14]=t[14],i[15]=t[15]),i)}function gm(i,t,e){let r=Math.sin(e),n=Math.cos(e),s=t[4],o=t[5],a=t[6],c=t[7],l=t[8],f=t[9],u=t[10],d=t[11];return t!==i&&(i[0]=t[0],i[1]=t[1],i[2]=t[2],i[3]=t[3],i[12]=t[12],i[13]=t[13],i[14]=t[14],i[15]=t[15]),i[4]=s*n+l*r,i[5]=o*n+f*r,i[6]=a*n+u*r,i[7]=c*n+d*r,i[8]=l*n-s*r,i[9]=f*n-o*r,i[10]=u*n-a*r,i[11]=d*n-c*r,i}function ym(i,t,e){let r=Math.sin(e),n=Math.cos(e),s=t[0],o=t[1],a=t[2],c=t[3],l=t[8],f=t[9],u=t[10],d=t[11];return t!==i&&(i[4]=t[4],i[5]=t[5],i[6]=t[6],i[7]=t[7],i[12]=t[12],i[13]=t[13],i[14]=t[14],i[15]=t[15]),i[0]=s*n-l*r,i[1]=o*n-f*r,i[2]=a*n-u*r,i[3]=c*n-d*r,i[8]=s*r+l*n,i[9]=o*r+f*n,i[10]=a*r+u*n,i[11]=c*r+d*n,i}function vm(i,t,e){let r=Math.sin(e),n=Math.cos(e),s=t[0],o=t[1],a=t[2],c=t[3],l=t[4],f=t[5],u=t[6],d=t[7];return t!==i&&(i[8]=t[8],i[9]=t[9],i[10]=t[10],i[11]=t[11],i[12]=t[12],i[13]=t[13],i[14]=t[14],i[15]=t[15]),i[0]=s*n+l*r,i[1]=o*n+f*r,i[2]=a*n+u*r,i[3]=c*n+d*r,i[4]=l*n-s*r,i[5]=f*n-o*r,i[6]=u*n-a*r,i[7]=d*n-c*r,i}function AM(i,t){return i[0]=1,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=1,i[6]=0,i[7]=0,i[8]=0,i[9]=0,i[10]=1,i[11]=0,i[12]=t[0],i[13]=t[1],i[14]=t[2],i[15]=1,i}function MM(i,t){return i[0]=t[0],i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=t[1],i[6]=0,i[7]=0,i[8]=0,i[9]=0,i[10]=t[2],i[11]=0,i[12]=0,i[13]=0,i[14]=0,i[15]=1,i}function CM(i,t,e){let r=e[0],n=e[1],s=e[2],o=Math.sqrt(r*r+n*n+s*s),a,c,l;return o<1e-6?null:(o=1/o,r*=o,n*=o,s*=o,c=Math.sin(t),a=Math.cos(t),l=1-a,i[0]=r*r*l+a,i[1]=n*r*l+s*c,i[2]=s*r*l-n*c,i[3]=0,i[4]=r*n*l-s*c,i[5]=n*n*l+a,i[6]=s*n*l+r*c,i[7]=0,i[8]=r*s*l+n*c,i[9]=n*s*l-r*c,i[10]=s*s*l+a,i[11]=0,i[12]=0,i[13]=0,i[14]=0,i[15]=1,i)}function LM(i,t){let e=Math.sin(t),r=Math.cos(t);return i[0]=1,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=r,i[6]=e,i[7]=0,i[8]=0,i[9]=-e,i[10]=r,i[11]=0,i[12]=0,i[13]=0,i[14]=0,i[15]=1,i}function OM(i,t){let e=Math.sin(t),r=Math.cos(t);return i[0]=r,i[1]=0,i[2]=-e,i[3]=0,i[4]=0,i[5]=1,i[6]=0,i[7]=0,i[8]=e,i[9]=0,i[10]=r,i[11]=0,i[12]=0,i[13]=0,i[14]=0,i[15]=1,i}function BM(i,t){let e=Math.sin(t),r=Math.cos(t);return i[0]=r,i[1]=e,i[2]=0,i[3]=0,i[4]=-e,i[5]=r,i[6]=0,i[7]=0,i[8]=0,i[9]=0,i[10]=1,i[11]=0,i[12]=0,i[13]=0,i[14]=0,i[15]=1,i}function bx(i,t,e){let r=t[0],n=t[1],s=t[2],o=t[3],a=r+r,c=n+n,l=s+s,f=r*a,u=r*c,d=r*l,h=n*c,p=n*l,g=s*l,m=o*a,_=o*c,b=o*l;return i[0]=1-(h+g),i[1]=u+b,i[2]=d-_,i[3]=0,i[4]=u-b,i[5]=1-(f+g),i[6]=p+m,i[7]=0,i[8]=d+_,i[9]=p-m,i[10]=1-(f+h),i[11]=0,i[12]=e[0],i[13]=e[1],i[14]=e[2],i[15]=1,i}function RM(i,t){let e=new Dt(3),r=-t[0],n=-t[1],s=-t[2],o=t[3],a=t[4],c=t[5],l=t[6],f=t[7],u=r*r+n*n+s*s+o*o;return u>0?(e[0]=(a*o+f*r+c*s-l*n)*2/u,e[1]=(c*o+f*n+l*r-a*s)*2/u,e[2]=(l*o+f*s+a*n-c*r)*2/u):(e[0]=(a*o+f*r+c*s-l*n)*2,e[1]=(c*o+f*n+l*r-a*s)*2,e[2]=(l*o+f*s+a*n-c*r)*2),bx(i,t,e),i}function DM(i,t){return i[0]=t[12],i[1]=t[13],i[2]=t[14],i}function wx(i,t){let e=t[0],r=t[1],n=t[2],s=t[4],o=t[5],a=t[6],c=t[8],l=t[9],f=t[10];return i[0]=Math.sqrt(e*e+r*r+n*n),i[1]=Math.sqrt(s*s+o*o+a*a),i[2]=Math.sqrt(c*c+l*l+f*f),i}function kM(i,t){let e=new Dt(3);wx(e,t);let r=1/e[0],n=1/e[1],s=1/e[2],o=t[0]*r,a=t[1]*n,c=t[2]*s,l=t[4]*r,f=t[5]*n,u=t[6]*s,d=t[8]*r,h=t[9]*n,p=t[10]*s,g=o+f+p,m=0;return g>0?(m=Math.sqrt(g+1)*2,i[3]=.25*m,i[0]=(u-h)/m,i[1]=(d-c)/m,i[2]=(a-l)/m):o>f&&o>p?(m=Math.sqrt(1+o-f-p)*2,i[3]=(u-h)/m,i[0]=.25*m,i[1]=(a+l)/m,i[2]=(d+c)/m):f>p?(m=Math.sqrt(1+f-o-p)*2,i[3]=(d-c)/m,i[0]=(a+l)/m,i[1]=.25*m,i[2]=(u+h)/m):(m=Math.sqrt(1+p-o-f)*2,i[3]=(a-l)/m,i[0]=(d+c)/m,i[1]=(u+h)/m,i[2]=.25*m),i}function FM(i,t,e,r){t[0]=r[12],t[1]=r[13],t[2]=r[14];let n=r[0],s=r[1],o=r[2],a=r[4],c=r[5],l=r[6],f=r[8],u=r[9],d=r[10];e[0]=Math.sqrt(n*n+s*s+o*o),e[1]=Math.sqrt(a*a+c*c+l*l),e[2]=Math.sqrt(f*f+u*u+d*d);let h=1/e[0],p=1/e[1],g=1/e[2],m=n*h,_=s*p,b=o*g,v=a*h,x=c*p,w=l*g,S=f*h,E=u*p,T=d*g,A=m+x+T,P=0;return A>0?(P=Math.sqrt(A+1)*2,i[3]=.25*P,i[0]=(w-E)/P,i[1]=(S-b)/P,i[2]=(_-v)/P):m>x&&m>T?(P=Math.sqrt(1+m-x-T)*2,i[3]=(w-E)/P,i[0]=.25*P,i[1]=(_+v)/P,i[2]=(S+b)/P):x>T?(P=Math.sqrt(1+x-m-T)*2,i[3]=(S-b)/P,i[0]=(_+v)/P,i[1]=.25*P,i[2]=(w+E)/P):(P=Math.sqrt(1+T-m-x)*2,i[3]=(_-v)/P,i[0]=(S+b)/P,i[1]=(w+E)/P,i[2]=.25*P),i}function NM(i,t,e,r){let n=t[0],s=t[1],o=t[2],a=t[3],c=n+n,l=s+s,f=o+o,u=n*c,d=n*l,h=n*f,p=s*l,g=s*f,m=o*f,_=a*c,b=a*l,v=a*f,x=r[0],w=r[1],S=r[2];return i[0]=(1-(p+m))*x,i[1]=(d+v)*x,i[2]=(h-b)*x,i[3]=0,i[4]=(d-v)*w,i[5]=(1-(u+m))*w,i[6]=(g+_)*w,i[7]=0,i[8]=(h+b)*S,i[9]=(g-_)*S,i[10]=(1-(u+p))*S,i[11]=0,i[12]=e[0],i[13]=e[1],i[14]=e[2],i[15]=1,i}function UM(i,t,e,r,n){let s=t[0],o=t[1],a=t[2],c=t[3],l=s+s,f=o+o,u=a+a,d=s*l,h=s*f,p=s*u,g=o*f,m=o*u,_=a*u,b=c*l,v=c*f,x=c*u,w=r[0],S=r[1],E=r[2],T=n[0],A=n[1],P=n[2],$=(1-(g+_))*w,N=(h+x)*w,O=(p-v)*w,K=(h-x)*S,St=(1-(d+_))*S,dt=(m+b)*S,gt=(p+v)*E,Ze=(m-b)*E,Mi=(1-(d+g))*E;return i[0]=$,i[1]=N,i[2]=O,i[3]=0,i[4]=K,i[5]=St,i[6]=dt,i[7]=0,i[8]=gt,i[9]=Ze,i[10]=Mi,i[11]=0,i[12]=e[0]+T-($*T+K*A+gt*P),i[13]=e[1]+A-(N*T+St*A+Ze*P),i[14]=e[2]+P-(O*T+dt*A+Mi*P),i[15]=1,i}function _m(i,t){let e=t[0],r=t[1],n=t[2],s=t[3],o=e+e,a=r+r,c=n+n,l=e*o,f=r*o,u=r*a,d=n*o,h=n*a,p=n*c,g=s*o,m=s*a,_=s*c;return i[0]=1-u-p,i[1]=f+_,i[2]=d-m,i[3]=0,i[4]=f-_,i[5]=1-l-p,i[6]=h+g,i[7]=0,i[8]=d+m,i[9]=h-g,i[10]=1-l-u,i[11]=0,i[12]=0,i[13]=0,i[14]=0,i[15]=1,i}function xm(i,t,e,r,n,s,o){let a=1/(e-t),c=1/(n-r),l=1/(s-o);return i[0]=s*2*a,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=s*2*c,i[6]=0,i[7]=0,i[8]=(e+t)*a,i[9]=(n+r)*c,i[10]=(o+s)*l,i[11]=-1,i[12]=0,i[13]=0,i[14]=o*s*2*l,i[15]=0,i}function Sx(i,t,e,r,n){let s=1/Math.tan(t/2);if(i[0]=s/e,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=s,i[6]=0,i[7]=0,i[8]=0,i[9]=0,i[11]=-1,i[12]=0,i[13]=0,i[15]=0,n!=null&&n!==1/0){let o=1/(r-n);i[10]=(n+r)*o,i[14]=2*n*r*o}else i[10]=-1,i[14]=-2*r;return i}var bm=Sx;function zM(i,t,e,r,n){let s=1/Math.tan(t/2);if(i[0]=s/e,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=s,i[6]=0,i[7]=0,i[8]=0,i[9]=0,i[11]=-1,i[12]=0,i[13]=0,i[15]=0,n!=null&&n!==1/0){let o=1/(r-n);i[10]=n*o,i[14]=n*r*o}else i[10]=-1,i[14]=-r;return i}function VM(i,t,e,r){let n=Math.tan(t.upDegrees*Math.PI/180),s=Math.tan(t.downDegrees*Math.PI/180),o=Math.tan(t.leftDegrees*Math.PI/180),a=Math.tan(t.rightDegrees*Math.PI/180),c=2/(o+a),l=2/(n+s);return i[0]=c,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=l,i[6]=0,i[7]=0,i[8]=-((o-a)*c*.5),i[9]=(n-s)*l*.5,i[10]=r/(e-r),i[11]=-1,i[12]=0,i[13]=0,i[14]=r*e/(e-r),i[15]=0,i}function Px(i,t,e,r,n,s,o){let a=1/(t-e),c=1/(r-n),l=1/(s-o);return i[0]=-2*a,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=-2*c,i[6]=0,i[7]=0,i[8]=0,i[9]=0,i[10]=2*l,i[11]=0,i[12]=(t+e)*a,i[13]=(n+r)*c,i[14]=(o+s)*l,i[15]=1,i}var wm=Px;function jM(i,t,e,r,n,s,o){let a=1/(t-e),c=1/(r-n),l=1/(s-o);return i[0]=-2*a,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=-2*c,i[6]=0,i[7]=0,i[8]=0,i[9]=0,i[10]=l,i[11]=0,i[12]=(t+e)*a,i[13]=(n+r)*c,i[14]=s*l,i[15]=1,i}function Sm(i,t,e,r){let n,s,o,a,c,l,f,u,d,h,p=t[0],g=t[1],m=t[2],_=r[0],b=r[1],v=r[2],x=e[0],w=e[1],S=e[2];return Math.abs(p-x)<1e-6&&Math.abs(g-w)<1e-6&&Math.abs(m-S)<1e-6?xx(i):(u=p-x,d=g-w,h=m-S,n=1/Math.sqrt(u*u+d*d+h*h),u*=n,d*=n,h*=n,s=b*h-v*d,o=v*u-_*h,a=_*d-b*u,n=Math.sqrt(s*s+o*o+a*a),n?(n=1/n,s*=n,o*=n,a*=n):(s=0,o=0,a=0),c=d*a-h*o,l=h*s-u*a,f=u*o-d*s,n=Math.sqrt(c*c+l*l+f*f),n?(n=1/n,c*=n,l*=n,f*=n):(c=0,l=0,f=0),i[0]=s,i[1]=c,i[2]=u,i[3]=0,i[4]=o,i[5]=l,i[6]=d,i[7]=0,i[8]=a,i[9]=f,i[10]=h,i[11]=0,i[12]=-(s*p+o*g+a*m),i[13]=-(c*p+l*g+f*m),i[14]=-(u*p+d*g+h*m),i[15]=1,i)}function WM(i,t,e,r){let n=t[0],s=t[1],o=t[2],a=r[0],c=r[1],l=r[2],f=n-e[0],u=s-e[1],d=o-e[2],h=f*f+u*u+d*d;h>0&&(h=1/Math.sqrt(h),f*=h,u*=h,d*=h);let p=c*d-l*u,g=l*f-a*d,m=a*u-c*f;return h=p*p+g*g+m*m,h>0&&(h=1/Math.sqrt(h),p*=h,g*=h,m*=h),i[0]=p,i[1]=g,i[2]=m,i[3]=0,i[4]=u*m-d*g,i[5]=d*p-f*m,i[6]=f*g-u*p,i[7]=0,i[8]=f,i[9]=u,i[10]=d,i[11]=0,i[12]=n,i[13]=s,i[14]=o,i[15]=1,i}function GM(i){return`mat4(${i[0]}, ${i[1]}, ${i[2]}, ${i[3]}, ${i[4]}, ${i[5]}, ${i[6]}, ${i[7]}, ${i[8]}, ${i[9]}, ${i[10]}, ${i[11]}, ${i[12]}, ${i[13]}, ${i[14]}, ${i[15]})`}function HM(i){return Math.sqrt(i[0]*i[0]+i[1]*i[1]+i[2]*i[2]+i[3]*i[3]+i[4]*i[4]+i[5]*i[5]+i[6]*i[6]+i[7]*i[7]+i[8]*i[8]+i[9]*i[9]+i[10]*i[10]+i[11]*i[11]+i[12]*i[12]+i[13]*i[13]+i[14]*i[14]+i[15]*i[15])}function $M(i,t,e){return i[0]=t[0]+e[0],i[1]=t[1]+e[1],i[2]=t[2]+e[2],i[3]=t[3]+e[3],i[4]=t[4]+e[4],i[5]=t[5]+e[5],i[6]=t[6]+e[6],i[7]=t[7]+e[7],i[8]=t[8]+e[8],i[9]=t[9]+e[9],i[10]=t[10]+e[10],i[11]=t[11]+e[11],i[12]=t[12]+e[12],i[13]=t[13]+e[13],i[14]=t[14]+e[14],i[15]=t[15]+e[15],i}function Ex(i,t,e){return i[0]=t[0]-e[0],i[1]=t[1]-e[1],i[2]=t[2]-e[2],i[3]=t[3]-e[3],i[4]=t[4]-e[4],i[5]=t[5]-e[5],i[6]=t[6]-e[6],i[7]=t[7]-e[7],i[8]=t[8]-e[8],i[9]=t[9]-e[9],i[10]=t[10]-e[10],i[11]=t[11]-e[11],i[12]=t[12]-e[12],i[13]=t[13]-e[13],i[14]=t[14]-e[14],i[15]=t[15]-e[15],i}function YM(i,t,e){return i[0]=t[0]*e,i[1]=t[1]*e,i[2]=t[2]*e,i[3]=t[3]*e,i[4]=t[4]*e,i[5]=t[5]*e,i[6]=t[6]*e,i[7]=t[7]*e,i[8]=t[8]*e,i[9]=t[9]*e,i[10]=t[10]*e,i[11]=t[11]*e,i[12]=t[12]*e,i[13]=t[13]*e,i[14]=t[14]*e,i[15]=t[15]*e,i}function ZM(i,t,e,r){return i[0]=t[0]+e[0]*r,i[1]=t[1]+e[1]*r,i[2]=t[2]+e[2]*r,i[3]=t[3]+e[3]*r,i[4]=t[4]+e[4]*r,i[5]=t[5]+e[5]*r,i[6]=t[6]+e[6]*r,i[7]=t[7]+e[7]*r,i[8]=t[8]+e[8]*r,i[9]=t[9]+e[9]*r,i[10]=t[10]+e[10]*r,i[11]=t[11]+e[11]*r,i[12]=t[12]+e[12]*r,i[13]=t[13]+e[13]*r,i[14]=t[14]+e[14]*r,i[15]=t[15]+e[15]*r,i}function qM(i,t){return i[0]===t[0]&&i[1]===t[1]&&i[2]===t[2]&&i[3]===t[3]&&i[4]===t[4]&&i[5]===t[5]&&i[6]===t[6]&&i[7]===t[7]&&i[8]===t[8]&&i[9]===t[9]&&i[10]===t[10]&&i[11]===t[11]&&i[12]===t[12]&&i[13]===t[13]&&i[14]===t[14]&&i[15]===t[15]}function XM(i,t){let e=i[0],r=i[1],n=i[2],s=i[3],o=i[4],a=i[5],c=i[6],l=i[7],f=i[8],u=i[9],d=i[10],h=i[11],p=i[12],g=i[13],m=i[14],_=i[15],b=t[0],v=t[1],x=t[2],w=t[3],S=t[4],E=t[5],T=t[6],A=t[7],P=t[8],$=t[9],N=t[10],O=t[11],K=t[12],St=t[13],dt=t[14],gt=t[15];return Math.abs(e-b)<=1e-6*Math.max(1,Math.abs(e),Math.abs(b))&&Math.abs(r-v)<=1e-6*Math.max(1,Math.abs(r),Math.abs(v))&&Math.abs(n-x)<=1e-6*Math.max(1,Math.abs(n),Math.abs(x))&&Math.abs(s-w)<=1e-6*Math.max(1,Math.abs(s),Math.abs(w))&&Math.abs(o-S)<=1e-6*Math.max(1,Math.abs(o),Math.abs(S))&&Math.abs(a-E)<=1e-6*Math.max(1,Math.abs(a),Math.abs(E))&&Math.abs(c-T)<=1e-6*Math.max(1,Math.abs(c),Math.abs(T))&&Math.abs(l-A)<=1e-6*Math.max(1,Math.abs(l),Math.abs(A))&&Math.abs(f-P)<=1e-6*Math.max(1,Math.abs(f),Math.abs(P))&&Math.abs(u-$)<=1e-6*Math.max(1,Math.abs(u),Math.abs($))&&Math.abs(d-N)<=1e-6*Math.max(1,Math.abs(d),Math.abs(N))&&Math.abs(h-O)<=1e-6*Math.max(1,Math.abs(h),Math.abs(O))&&Math.abs(p-K)<=1e-6*Math.max(1,Math.abs(p),Math.abs(K))&&Math.abs(g-St)<=1e-6*Math.max(1,Math.abs(g),Math.abs(St))&&Math.abs(m-dt)<=1e-6*Math.max(1,Math.abs(m),Math.abs(dt))&&Math.abs(_-gt)<=1e-6*Math.max(1,Math.abs(_),Math.abs(gt))}var KM=ka,JM=Ex;var qi={};he(qi,{add:()=>rC,ceil:()=>nC,clone:()=>QM,copy:()=>eC,create:()=>Ix,cross:()=>mC,dist:()=>IC,distance:()=>Cx,div:()=>EC,divide:()=>Mx,dot:()=>pC,equals:()=>wC,exactEquals:()=>bC,floor:()=>sC,forEach:()=>CC,fromValues:()=>tC,inverse:()=>dC,len:()=>AC,length:()=>Ox,lerp:()=>gC,max:()=>aC,min:()=>oC,mul:()=>PC,multiply:()=>Ax,negate:()=>uC,normalize:()=>hC,random:()=>yC,round:()=>cC,scale:()=>lC,scaleAndAdd:()=>fC,set:()=>iC,sqrDist:()=>TC,sqrLen:()=>MC,squaredDistance:()=>Lx,squaredLength:()=>Bx,str:()=>xC,sub:()=>SC,subtract:()=>Tx,transformMat4:()=>Pm,transformQuat:()=>vC,zero:()=>_C});function Ix(){let i=new Dt(4);return Dt!=Float32Array&&(i[0]=0,i[1]=0,i[2]=0,i[3]=0),i}function QM(i){let t=new Dt(4);return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t}function tC(i,t,e,r){let n=new Dt(4);return n[0]=i,n[1]=t,n[2]=e,n[3]=r,n}function eC(i,t){return i[0]=t[0],i[1]=t[1],i[2]=t[2],i[3]=t[3],i}function iC(i,t,e,r,n){return i[0]=t,i[1]=e,i[2]=r,i[3]=n,i}function rC(i,t,e){return i[0]=t[0]+e[0],i[1]=t[1]+e[1],i[2]=t[2]+e[2],i[3]=t[3]+e[3],i}function Tx(i,t,e){return i[0]=t[0]-e[0],i[1]=t[1]-e[1],i[2]=t[2]-e[2],i[3]=t[3]-e[3],i}function Ax(i,t,e){return i[0]=t[0]*e[0],i[1]=t[1]*e[1],i[2]=t[2]*e[2],i[3]=t[3]*e[3],i}function Mx(i,t,e){return i[0]=t[0]/e[0],i[1]=t[1]/e[1],i[2]=t[2]/e[2],i[3]=t[3]/e[3],i}function nC(i,t){return i[0]=Math.ceil(t[0]),i[1]=Math.ceil(t[1]),i[2]=Math.ceil(t[2]),i[3]=Math.ceil(t[3]),i}function sC(i,t){return i[0]=Math.floor(t[0]),i[1]=Math.floor(t[1]),i[2]=Math.floor(t[2]),i[3]=Math.floor(t[3]),i}function oC(i,t,e){return i[0]=Math.min(t[0],e[0]),i[1]=Math.min(t[1],e[1]),i[2]=Math.min(t[2],e[2]),i[3]=Math.min(t[3],e[3]),i}function aC(i,t,e){return i[0]=Math.max(t[0],e[0]),i[1]=Math.max(t[1],e[1]),i[2]=Math.max(t[2],e[2]),i[3]=Math.max(t[3],e[3]),i}function cC(i,t){return i[0]=ii(t[0]),i[1]=ii(t[1]),i[2]=ii(t[2]),i[3]=ii(t[3]),i}function lC(i,t,e){return i[0]=t[0]*e,i[1]=t[1]*e,i[2]=t[2]*e,i[3]=t[3]*e,i}function fC(i,t,e,r){return i[0]=t[0]+e[0]*r,i[1]=t[1]+e[1]*r,i[2]=t[2]+e[2]*r,i[3]=t[3]+e[3]*r,i}function Cx(i,t){let e=t[0]-i[0],r=t[1]-i[1],n=t[2]-i[2],s=t[3]-i[3];return Math.sqrt(e*e+r*r+n*n+s*s)}function Lx(i,t){let e=t[0]-i[0],r=t[1]-i[1],n=t[2]-i[2],s=t[3]-i[3];return e*e+r*r+n*n+s*s}function Ox(i){let t=i[0],e=i[1],r=i[2],n=i[3];return Math.sqrt(t*t+e*e+r*r+n*n)}function Bx(i){let t=i[0],e=i[1],r=i[2],n=i[3];return t*t+e*e+r*r+n*n}function uC(i,t){return i[0]=-t[0],i[1]=-t[1],i[2]=-t[2],i[3]=-t[3],i}function dC(i,t){return i[0]=1/t[0],i[1]=1/t[1],i[2]=1/t[2],i[3]=1/t[3],i}function hC(i,t){let e=t[0],r=t[1],n=t[2],s=t[3],o=e*e+r*r+n*n+s*s;return o>0&&(o=1/Math.sqrt(o)),i[0]=e*o,i[1]=r*o,i[2]=n*o,i[3]=s*o,i}function pC(i,t){return i[0]*t[0]+i[1]*t[1]+i[2]*t[2]+i[3]*t[3]}function mC(i,t,e,r){let n=e[0]*r[1]-e[1]*r[0],s=e[0]*r[2]-e[2]*r[0],o=e[0]*r[3]-e[3]*r[0],a=e[1]*r[2]-e[2]*r[1],c=e[1]*r[3]-e[3]*r[1],l=e[2]*r[3]-e[3]*r[2],f=t[0],u=t[1],d=t[2],h=t[3];return i[0]=u*l-d*c+h*a,i[1]=-(f*l)+d*o-h*s,i[2]=f*c-u*o+h*n,i[3]=-(f*a)+u*s-d*n,i}function gC(i,t,e,r){let n=t[0],s=t[1],o=t[2],a=t[3];return i[0]=n+r*(e[0]-n),i[1]=s+r*(e[1]-s),i[2]=o+r*(e[2]-o),i[3]=a+r*(e[3]-a),i}function yC(i,t){t=t===void 0?1:t;let e,r,n,s,o,a;do e=Zi()*2-1,r=Zi()*2-1,o=e*e+r*r;while(o>=1);do n=Zi()*2-1,s=Zi()*2-1,a=n*n+s*s;while(a>=1);let c=Math.sqrt((1-o)/a);return i[0]=t*e,i[1]=t*r,i[2]=t*n*c,i[3]=t*s*c,i}function Pm(i,t,e){let r=t[0],n=t[1],s=t[2],o=t[3];return i[0]=e[0]*r+e[4]*n+e[8]*s+e[12]*o,i[1]=e[1]*r+e[5]*n+e[9]*s+e[13]*o,i[2]=e[2]*r+e[6]*n+e[10]*s+e[14]*o,i[3]=e[3]*r+e[7]*n+e[11]*s+e[15]*o,i}function vC(i,t,e){let r=t[0],n=t[1],s=t[2],o=e[0],a=e[1],c=e[2],l=e[3],f=l*r+a*s-c*n,u=l*n+c*r-o*s,d=l*s+o*n-a*r,h=-o*r-a*n-c*s;return i[0]=f*l+h*-o+u*-c-d*-a,i[1]=u*l+h*-a+d*-o-f*-c,i[2]=d*l+h*-c+f*-a-u*-o,i[3]=t[3],i}function _C(i){return i[0]=0,i[1]=0,i[2]=0,i[3]=0,i}function xC(i){return`vec4(${i[0]}, ${i[1]}, ${i[2]}, ${i[3]})`}function bC(i,t){return i[0]===t[0]&&i[1]===t[1]&&i[2]===t[2]&&i[3]===t[3]}function wC(i,t){let e=i[0],r=i[1],n=i[2],s=i[3],o=t[0],a=t[1],c=t[2],l=t[3];return Math.abs(e-o)<=1e-6*Math.max(1,Math.abs(e),Math.abs(o))&&Math.abs(r-a)<=1e-6*Math.max(1,Math.abs(r),Math.abs(a))&&Math.abs(n-c)<=1e-6*Math.max(1,Math.abs(n),Math.abs(c))&&Math.abs(s-l)<=1e-6*Math.max(1,Math.abs(s),Math.abs(l))}var SC=Tx,PC=Ax,EC=Mx,IC=Cx,TC=Lx,AC=Ox,MC=Bx,CC=(function(){let i=Ix();return function(t,e,r,n,s,o){let a,c;for(e||(e=4),r||(r=0),n?c=Math.min(n*e+r,t.length):c=t.length,a=r;a<c;a+=e)i[0]=t[a],i[1]=t[a+1],i[2]=t[a+2],i[3]=t[a+3],s(i,i,o),t[a]=i[0],t[a+1]=i[1],t[a+2]=i[2],t[a+3]=i[3];return t}})();var Tm;(function(i){i[i.COL0ROW0=0]="COL0ROW0",i[i.COL0ROW1=1]="COL0ROW1",i[i.COL0ROW2=2]="COL0ROW2",i[i.COL0ROW3=3]="COL0ROW3",i[i.COL1ROW0=4]="COL1ROW0",i[i.COL1ROW1=5]="COL1ROW1",i[i.COL1ROW2=6]="COL1ROW2",i[i.COL1ROW3=7]="COL1ROW3",i[i.COL2ROW0=8]="COL2ROW0",i[i.COL2ROW1=9]="COL2ROW1",i[i.COL2ROW2=10]="COL2ROW2",i[i.COL2ROW3=11]="COL2ROW3",i[i.COL3ROW0=12]="COL3ROW0",i[i.COL3ROW1=13]="COL3ROW1",i[i.COL3ROW2=14]="COL3ROW2",i[i.COL3ROW3=15]="COL3ROW3"})(Tm||(Tm={}));var LC=45*Math.PI/180,OC=1,Em=.1,Im=500,BC=Object.freeze([1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]),ie=class extends Iu{static get IDENTITY(){return DC()}static get ZERO(){return RC()}get ELEMENTS(){return 16}get RANK(){return 4}get INDICES(){return Tm}constructor(t){super(-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0),arguments.length===1&&Array.isArray(t)?this.copy(t):this.identity()}copy(t){return this[0]=t[0],this[1]=t[1],this[2]=t[2],this[3]=t[3],this[4]=t[4],this[5]=t[5],this[6]=t[6],this[7]=t[7],this[8]=t[8],this[9]=t[9],this[10]=t[10],this[11]=t[11],this[12]=t[12],this[13]=t[13],this[14]=t[14],this[15]=t[15],this.check()}set(t,e,r,n,s,o,a,c,l,f,u,d,h,p,g,m){return this[0]=t,this[1]=e,this[2]=r,this[3]=n,this[4]=s,this[5]=o,this[6]=a,this[7]=c,this[8]=l,this[9]=f,this[10]=u,this[11]=d,this[12]=h,this[13]=p,this[14]=g,this[15]=m,this.check()}setRowMajor(t,e,r,n,s,o,a,c,l,f,u,d,h,p,g,m){return this[0]=t,this[1]=s,this[2]=l,this[3]=h,this[4]=e,this[5]=o,this[6]=f,this[7]=p,this[8]=r,this[9]=a,this[10]=u,this[11]=g,this[12]=n,this[13]=c,this[14]=d,this[15]=m,this.check()}toRowMajor(t){return t[0]=this[0],t[1]=this[4],t[2]=this[8],t[3]=this[12],t[4]=this[1],t[5]=this[5],t[6]=this[9],t[7]=this[13],t[8]=this[2],t[9]=this[6],t[10]=this[10],t[11]=this[14],t[12]=this[3],t[13]=this[7],t[14]=this[11],t[15]=this[15],t}identity(){return this.copy(BC)}fromObject(t){return this.check()}fromQuaternion(t){return _m(this,t),this.check()}frustum(t){let{left:e,right:r,bottom:n,top:s,near:o=Em,far:a=Im}=t;return a===1/0?kC(this,e,r,n,s,o):xm(this,e,r,n,s,o,a),this.check()}lookAt(t){let{eye:e,center:r=[0,0,0],up:n=[0,1,0]}=t;return Sm(this,e,r,n),this.check()}ortho(t){let{left:e,right:r,bottom:n,top:s,near:o=Em,far:a=Im}=t;return wm(this,e,r,n,s,o,a),this.check()}orthographic(t){let{fovy:e=LC,aspect:r=OC,focalDistance:n=1,near:s=Em,far:o=Im}=t;Rx(e);let a=e/2,c=n*Math.tan(a),l=c*r;return this.ortho({left:-l,right:l,bottom:-c,top:c,near:s,far:o})}perspective(t){let{fovy:e=45*Math.PI/180,aspect:r=1,near:n=.1,far:s=500}=t;return Rx(e),bm(this,e,r,n,s),this.check()}determinant(){return dm(this)}getScale(t=[-0,-0,-0]){return t[0]=Math.sqrt(this[0]*this[0]+this[1]*this[1]+this[2]*this[2]),t[1]=Math.sqrt(this[4]*this[4]+this[5]*this[5]+this[6]*this[6]),t[2]=Math.sqrt(this[8]*this[8]+this[9]*this[9]+this[10]*this[10]),t}getTranslation(t=[-0,-0,-0]){return t[0]=this[12],t[1]=this[13],t[2]=this[14],t}getRotation(t,e){t=t||[-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0,-0],e=e||[-0,-0,-0];let r=this.getScale(e),n=1/r[0],s=1/r[1],o=1/r[2];return t[0]=this[0]*n,t[1]=this[1]*s,t[2]=this[2]*o,t[3]=0,t[4]=this[4]*n,t[5]=this[5]*s,t[6]=this[6]*o,t[7]=0,t[8]=this[8]*n,t[9]=this[9]*s,t[10]=this[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,t}getRotationMatrix3(t,e){t=t||[-0,-0,-0,-0,-0,-0,-0,-0,-0],e=e||[-0,-0,-0];let r=this.getScale(e),n=1/r[0],s=1/r[1],o=1/r[2];return t[0]=this[0]*n,t[1]=this[1]*s,t[2]=this[2]*o,t[3]=this[4]*n,t[4]=this[5]*s,t[5]=this[6]*o,t[6]=this[8]*n,t[7]=this[9]*s,t[8]=this[10]*o,t}transpose(){return fm(this,this),this.check()}invert(){return um(this,this),this.check()}multiplyLeft(t){return ka(this,t,this),this.check()}multiplyRight(t){return ka(this,this,t),this.check()}rotateX(t){return gm(this,this,t),this.check()}rotateY(t){return ym(this,this,t),this.check()}rotateZ(t){return vm(this,this,t),this.check()}rotateXYZ(t){return this.rotateX(t[0]).rotateY(t[1]).rotateZ(t[2])}rotateAxis(t,e){return mm(this,this,t,e),this.check()}scale(t){return pm(this,this,Array.isArray(t)?t:[t,t,t]),this.check()}translate(t){return hm(this,this,t),this.check()}transform(t,e){return t.length===4?(e=Pm(e||[-0,-0,-0,-0],t,this),bu(e,4),e):this.transformAsPoint(t,e)}transformAsPoint(t,e){let{length:r}=t,n;switch(r){case 2:n=tm(e||[-0,-0],t,this);break;case 3:n=Da(e||[-0,-0,-0],t,this);break;default:throw new Error("Illegal vector")}return bu(n,t.length),n}transformAsVector(t,e){let r;switch(t.length){case 2:r=fx(e||[-0,-0],t,this);break;case 3:r=Pu(e||[-0,-0,-0],t,this);break;default:throw new Error("Illegal vector")}return bu(r,t.length),r}transformPoint(t,e){return this.transformAsPoint(t,e)}transformVector(t,e){return this.transformAsPoint(t,e)}transformDirection(t,e){return this.transformAsVector(t,e)}makeRotationX(t){return this.identity().rotateX(t)}makeTranslation(t,e,r){return this.identity().translate([t,e,r])}},Tu,Au;function RC(){return Tu||(Tu=new ie([0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]),Object.freeze(Tu)),Tu}function DC(){return Au||(Au=new ie,Object.freeze(Au)),Au}function Rx(i){if(i>Math.PI*2)throw Error("expected radians")}function kC(i,t,e,r,n,s){let o=2*s/(e-t),a=2*s/(n-r),c=(e+t)/(e-t),l=(n+r)/(n-r),f=-1,u=-1,d=-2*s;return i[0]=o,i[1]=0,i[2]=0,i[3]=0,i[4]=0,i[5]=a,i[6]=0,i[7]=0,i[8]=c,i[9]=l,i[10]=f,i[11]=u,i[12]=0,i[13]=0,i[14]=d,i[15]=0,i}var FC=`struct LayerUniforms {
  opacity: f32,
};

@group(0) @binding(auto)
var<uniform> layer: LayerUniforms;
`,Dx=`layout(std140) uniform layerUniforms {
  uniform float opacity;
} layer;
`,Am={name:"layer",source:FC,vs:Dx,fs:Dx,getUniforms:i=>({opacity:Math.pow(i.opacity,.45454545454545453)}),uniformTypes:{opacity:"f32"}};var NC=`

@must_use
fn deckgl_premultiplied_alpha(fragColor: vec4<f32>) -> vec4<f32> {
    return vec4(fragColor.rgb * fragColor.a, fragColor.a); 
};
`,Ee={name:"color",dependencies:[],source:NC,getUniforms:i=>({})};var UC=`const SMOOTH_EDGE_RADIUS: f32 = 0.5;

struct VertexGeometry {
  position: vec4<f32>,
  worldPosition: vec3<f32>,
  worldPositionAlt: vec3<f32>,
  normal: vec3<f32>,
  uv: vec2<f32>,
  pickingColor: vec3<f32>,
};

var<private> geometry_: VertexGeometry = VertexGeometry(
  vec4<f32>(0.0, 0.0, 1.0, 0.0),
  vec3<f32>(0.0, 0.0, 0.0),
  vec3<f32>(0.0, 0.0, 0.0),
  vec3<f32>(0.0, 0.0, 0.0),
  vec2<f32>(0.0, 0.0),
  vec3<f32>(0.0, 0.0, 0.0)
);

struct FragmentGeometry {
  uv: vec2<f32>,
};

var<private> fragmentGeometry: FragmentGeometry;

fn smoothedge(edge: f32, x: f32) -> f32 {
  return smoothstep(edge - SMOOTH_EDGE_RADIUS, edge + SMOOTH_EDGE_RADIUS, x);
}
`,kx="#define SMOOTH_EDGE_RADIUS 0.5",zC=`${kx}

struct VertexGeometry {
  vec4 position;
  vec3 worldPosition;
  vec3 worldPositionAlt;
  vec3 normal;
  vec2 uv;
  vec3 pickingColor;
} geometry = VertexGeometry(
  vec4(0.0, 0.0, 1.0, 0.0),
  vec3(0.0),
  vec3(0.0),
  vec3(0.0),
  vec2(0.0),
  vec3(0.0)
);
`,VC=`${kx}

struct FragmentGeometry {
  vec2 uv;
};
FragmentGeometry geometry;

float smoothedge(float edge, float x) {
  return smoothstep(edge - SMOOTH_EDGE_RADIUS, edge + SMOOTH_EDGE_RADIUS, x);
}
`,Mu={name:"geometry",source:UC,vs:zC,fs:VC};var X;(function(i){i[i.Start=1]="Start",i[i.Move=2]="Move",i[i.End=4]="End",i[i.Cancel=8]="Cancel"})(X||(X={}));var Lt;(function(i){i[i.None=0]="None",i[i.Left=1]="Left",i[i.Right=2]="Right",i[i.Up=4]="Up",i[i.Down=8]="Down",i[i.Horizontal=3]="Horizontal",i[i.Vertical=12]="Vertical",i[i.All=15]="All"})(Lt||(Lt={}));var C;(function(i){i[i.Possible=1]="Possible",i[i.Began=2]="Began",i[i.Changed=4]="Changed",i[i.Ended=8]="Ended",i[i.Recognized=8]="Recognized",i[i.Cancelled=16]="Cancelled",i[i.Failed=32]="Failed"})(C||(C={}));var Fx="compute",Mm="auto",zn="manipulation",Vn="none",Fa="pan-x",Na="pan-y";function Cm(i){if(i.includes(Vn))return Vn;let t=i.includes(Fa),e=i.includes(Na);return t&&e?Vn:t||e?t?Fa:Na:i.includes(zn)?zn:Mm}var Ua=class{constructor(t,e){this.actions="",this.manager=t,this.set(e)}set(t){t===Fx&&(t=this.compute()),this.manager.element&&(this.manager.element.style.touchAction=t,this.actions=t)}update(){this.set(this.manager.options.touchAction)}compute(){let t=[];for(let e of this.manager.recognizers)e.options.enable&&(t=t.concat(e.getTouchAction()));return Cm(t.join(" "))}};function js(i){return i.trim().split(/\s+/g)}function Cu(i,t,e){if(i)for(let r of js(t))i.addEventListener(r,e,!1)}function Lu(i,t,e){if(i)for(let r of js(t))i.removeEventListener(r,e,!1)}function Lm(i){return(i.ownerDocument||i).defaultView}function Om(i,t){let e=i;for(;e;){if(e===t)return!0;e=e.parentNode}return!1}function Ou(i){let t=i.length;if(t===1)return{x:Math.round(i[0].clientX),y:Math.round(i[0].clientY)};let e=0,r=0,n=0;for(;n<t;)e+=i[n].clientX,r+=i[n].clientY,n++;return{x:Math.round(e/t),y:Math.round(r/t)}}function Bm(i){let t=[],e=0;for(;e<i.pointers.length;)t[e]={clientX:Math.round(i.pointers[e].clientX),clientY:Math.round(i.pointers[e].clientY)},e++;return{timeStamp:Date.now(),pointers:t,center:Ou(t),deltaX:i.deltaX,deltaY:i.deltaY}}function Ws(i,t){let e=t.x-i.x,r=t.y-i.y;return Math.sqrt(e*e+r*r)}function za(i,t){let e=t.clientX-i.clientX,r=t.clientY-i.clientY;return Math.sqrt(e*e+r*r)}function Nx(i,t){let e=t.x-i.x,r=t.y-i.y;return Math.atan2(r,e)*180/Math.PI}function Rm(i,t){let e=t.clientX-i.clientX,r=t.clientY-i.clientY;return Math.atan2(r,e)*180/Math.PI}function Gs(i,t){return i===t?Lt.None:Math.abs(i)>=Math.abs(t)?i<0?Lt.Left:Lt.Right:t<0?Lt.Up:Lt.Down}function Ux(i,t){let e=t.center,r=i.offsetDelta,n=i.prevDelta,s=i.prevInput;return(t.eventType===X.Start||s?.eventType===X.End)&&(n=i.prevDelta={x:s?.deltaX||0,y:s?.deltaY||0},r=i.offsetDelta={x:e.x,y:e.y}),{deltaX:n.x+(e.x-r.x),deltaY:n.y+(e.y-r.y)}}function Bu(i,t,e){return{x:t/i||0,y:e/i||0}}function zx(i,t){return za(t[0],t[1])/za(i[0],i[1])}function Vx(i,t){return Rm(t[1],t[0])-Rm(i[1],i[0])}function jx(i,t){let e=i.lastInterval||t,r=t.timeStamp-e.timeStamp,n,s,o,a;if(t.eventType!==X.Cancel&&(r>25||e.velocity===void 0)){let c=t.deltaX-e.deltaX,l=t.deltaY-e.deltaY,f=Bu(r,c,l);s=f.x,o=f.y,n=Math.abs(f.x)>Math.abs(f.y)?f.x:f.y,a=Gs(c,l),i.lastInterval=t}else n=e.velocity,s=e.velocityX,o=e.velocityY,a=e.direction;t.velocity=n,t.velocityX=s,t.velocityY=o,t.direction=a}function Dm(i,t){return"pointerId"in i?i.pointerId:t}function Wx(i,t){i.movementOrigin=new Map(t.map((e,r)=>[Dm(e,r),{clientX:e.clientX,clientY:e.clientY}])),i.firstMovementTime=void 0}function WC(i,t){let e=t.pointers.map(Dm);if(i.movementOrigin?.size===e.length&&e.every(n=>i.movementOrigin.has(n))||Wx(i,t.pointers),t.distancePerPointer=t.pointers.map((n,s)=>za(i.movementOrigin.get(e[s]),n)),t.eventType&X.Move&&t.distancePerPointer.some(n=>n>0)&&(i.firstMovementTime??(i.firstMovementTime=t.timeStamp)),t.movementDeltaTime=i.firstMovementTime===void 0?0:t.timeStamp-i.firstMovementTime,t.eventType&(X.End|X.Cancel)){let n=t.changedPointers.map(s=>Dm(s,t.pointers.indexOf(s)));Wx(i,t.pointers.filter((s,o)=>!n.includes(e[o])))}}function Gx(i,t){let{session:e}=i,{pointers:r}=t,{length:n}=r;e.firstInput||(e.firstInput=Bm(t)),n>1&&!e.firstMultiple?e.firstMultiple=Bm(t):n===1&&(e.firstMultiple=!1);let{firstInput:s,firstMultiple:o}=e,a=o?o.center:s.center,c=t.center=Ou(r);t.timeStamp=Date.now(),t.deltaTime=t.timeStamp-s.timeStamp,WC(e,t),t.angle=Nx(a,c),t.distance=Ws(a,c);let{deltaX:l,deltaY:f}=Ux(e,t);t.deltaX=l,t.deltaY=f,t.offsetDirection=Gs(t.deltaX,t.deltaY);let u=Bu(t.deltaTime,t.deltaX,t.deltaY);t.overallVelocityX=u.x,t.overallVelocityY=u.y,t.overallVelocity=Math.abs(u.x)>Math.abs(u.y)?u.x:u.y,t.scale=o?zx(o.pointers,r):1,t.rotation=o?Vx(o.pointers,r):0,t.maxPointers=e.prevInput?t.pointers.length>e.prevInput.maxPointers?t.pointers.length:e.prevInput.maxPointers:t.pointers.length;let d=i.element;return Om(t.srcEvent.target,d)&&(d=t.srcEvent.target),t.target=d,jx(e,t),t}function Hx(i,t,e){let r=e.pointers.length,n=e.changedPointers.length,s=t&X.Start&&r-n===0,o=t&(X.End|X.Cancel)&&r-n===0;e.isFirst=!!s,e.isFinal=!!o,s&&(i.session={}),e.eventType=t;let a=Gx(i,e);i.emit("hammer.input",a),i.recognize(a),i.session.prevInput=a}var Va=class{constructor(t){this.evEl="",this.evWin="",this.evTarget="",this.domHandler=e=>{this.manager.options.enable&&this.handler(e)},this.manager=t,this.element=t.element,this.target=t.options.inputTarget||t.element}callback(t,e){Hx(this.manager,t,e)}init(){Cu(this.element,this.evEl,this.domHandler),Cu(this.target,this.evTarget,this.domHandler),Cu(Lm(this.element),this.evWin,this.domHandler)}destroy(){Lu(this.element,this.evEl,this.domHandler),Lu(this.target,this.evTarget,this.domHandler),Lu(Lm(this.element),this.evWin,this.domHandler)}};var GC={pointerdown:X.Start,pointermove:X.Move,pointerup:X.End,pointercancel:X.Cancel,pointerout:X.Cancel},HC="pointerdown",$C="pointermove pointerup pointercancel",ja=class extends Va{constructor(t){super(t),this.evEl=HC,this.evWin=$C,this.store=this.manager.session.pointerEvents=[],this.init()}handler(t){let{store:e}=this,r=!1,n=GC[t.type],s=t.pointerType,o=s==="touch",a=e.findIndex(c=>c.pointerId===t.pointerId);n&X.Start&&(t.buttons||o)?a<0&&(e.push(t),a=e.length-1):n&(X.End|X.Cancel)&&(r=!0),!(a<0)&&(e[a]=t,this.callback(n,{pointers:e,changedPointers:[t],eventType:n,pointerType:s,srcEvent:t}),r&&e.splice(a,1))}};var YC=["","webkit","Moz","MS","ms","o"];function $x(i,t){let e=t[0].toUpperCase()+t.slice(1);for(let r of YC){let n=r?r+e:t;if(n in i)return n}}var ZC=1,Yx=2,Zx={touchAction:"compute",enable:!0,inputTarget:null,cssProps:{userSelect:"none",userDrag:"none",touchCallout:"none",tapHighlightColor:"rgba(0,0,0,0)"}},Wa=class{constructor(t,e){this.options={...Zx,...e,cssProps:{...Zx.cssProps,...e.cssProps},inputTarget:e.inputTarget||t},this.handlers={},this.session={},this.recognizers=[],this.oldCssProps={},this.element=t,this.input=new ja(this),this.touchAction=new Ua(this,this.options.touchAction),this.toggleCssProps(!0)}set(t){return Object.assign(this.options,t),t.touchAction&&this.touchAction.update(),t.inputTarget&&(this.input.destroy(),this.input.target=t.inputTarget,this.input.init()),this}stop(t){this.session.stopped=t?Yx:ZC}recognize(t){let{session:e}=this;if(e.stopped)return;this.session.prevented&&t.srcEvent.preventDefault();let r,{recognizers:n}=this,{curRecognizer:s}=e;(!s||s&&s.state&C.Recognized)&&(s=e.curRecognizer=null);let o=0;for(;o<n.length;)r=n[o],e.stopped!==Yx&&(!s||r===s||r.canRecognizeWith(s))?r.recognize(t):r.reset(),!s&&r.state&(C.Began|C.Changed|C.Ended)&&(s=e.curRecognizer=r),o++}get(t){let{recognizers:e}=this;for(let r=0;r<e.length;r++)if(e[r].options.event===t)return e[r];return null}add(t){if(Array.isArray(t)){for(let r of t)this.add(r);return this}let e=this.get(t.options.event);return e&&this.remove(e),this.recognizers.push(t),t.manager=this,this.touchAction.update(),t}remove(t){if(Array.isArray(t)){for(let r of t)this.remove(r);return this}let e=typeof t=="string"?this.get(t):t;if(e){let{recognizers:r}=this,n=r.indexOf(e);n!==-1&&(r.splice(n,1),this.touchAction.update())}return this}on(t,e){if(!t||!e)return;let{handlers:r}=this;for(let n of js(t))r[n]=r[n]||[],r[n].push(e)}off(t,e){if(!t)return;let{handlers:r}=this;for(let n of js(t))e?r[n]&&r[n].splice(r[n].indexOf(e),1):delete r[n]}emit(t,e){let r=this.handlers[t]&&this.handlers[t].slice();if(!r||!r.length)return;let n=e;n.type=t,n.preventDefault=function(){e.srcEvent.preventDefault()};let s=0;for(;s<r.length;)r[s](n),s++}destroy(){this.toggleCssProps(!1),this.handlers={},this.session={},this.input.destroy(),this.element=null}toggleCssProps(t){let{element:e}=this;if(e){for(let[r,n]of Object.entries(this.options.cssProps)){let s=$x(e.style,r);t?(this.oldCssProps[s]=e.style[s],e.style[s]=n):e.style[s]=this.oldCssProps[s]||""}t||(this.oldCssProps={})}}};var qC=1;function qx(){return qC++}function km(i){return i&C.Cancelled?"cancel":i&C.Ended?"end":i&C.Changed?"move":i&C.Began?"start":""}var Si=class{constructor(t){this.options=t,this.id=qx(),this.state=C.Possible,this.simultaneous={},this.requireFail=[]}set(t){return Object.assign(this.options,t),this.manager.touchAction.update(),this}recognizeWith(t){if(Array.isArray(t)){for(let n of t)this.recognizeWith(n);return this}let e;if(typeof t=="string"){if(e=this.manager.get(t),!e)throw new Error(`Cannot find recognizer ${t}`)}else e=t;let{simultaneous:r}=this;return r[e.id]||(r[e.id]=e,e.recognizeWith(this)),this}dropRecognizeWith(t){if(Array.isArray(t)){for(let r of t)this.dropRecognizeWith(r);return this}let e;return typeof t=="string"?e=this.manager.get(t):e=t,e&&delete this.simultaneous[e.id],this}requireFailure(t){if(Array.isArray(t)){for(let n of t)this.requireFailure(n);return this}let e;if(typeof t=="string"){if(e=this.manager.get(t),!e)throw new Error(`Cannot find recognizer ${t}`)}else e=t;let{requireFail:r}=this;return r.indexOf(e)===-1&&(r.push(e),e.requireFailure(this)),this}dropRequireFailure(t){if(Array.isArray(t)){for(let r of t)this.dropRequireFailure(r);return this}let e;if(typeof t=="string"?e=this.manager.get(t):e=t,e){let r=this.requireFail.indexOf(e);r>-1&&this.requireFail.splice(r,1)}return this}hasRequireFailures(){return!!this.requireFail.find(t=>t.options.enable)}canRecognizeWith(t){return!!this.simultaneous[t.id]}emit(t){if(!t)return;let{state:e}=this;e<C.Ended&&this.manager.emit(this.options.event+km(e),t),this.manager.emit(this.options.event,t),t.additionalEvent&&this.manager.emit(t.additionalEvent,t),e>=C.Ended&&this.manager.emit(this.options.event+km(e),t)}tryEmit(t){this.canEmit()?this.emit(t):this.state=C.Failed}canEmit(){let t=0;for(;t<this.requireFail.length;){if(!(this.requireFail[t].state&(C.Failed|C.Possible)))return!1;t++}return!0}recognize(t){let e={...t};if(!this.options.enable){this.reset(),this.state=C.Failed;return}this.state&(C.Recognized|C.Cancelled|C.Failed)&&(this.state=C.Possible),this.state=this.process(e),this.state&(C.Began|C.Changed|C.Ended|C.Cancelled)&&this.tryEmit(e)}getEventNames(){return[this.options.event]}reset(){}};function XC(i){return Math.abs(((i+180)%360+360)%360-180)}function KC(i,t){return(t.distance===void 0||i.distance>=t.distance)&&(t.distancePerPointer===void 0||i.distancePerPointer.length>0&&i.distancePerPointer.every(e=>e>=t.distancePerPointer))&&(t.movementDeltaTime===void 0||i.movementDeltaTime>=t.movementDeltaTime)&&(t.rotation===void 0||XC(i.rotation)>=t.rotation)&&(t.scale===void 0||Math.abs(i.scale-1)>=t.scale)}var jn=class extends Si{attrTest(t){let e=this.options.pointers;return e===0||t.pointers.length===e}coherentTest(t){let e=this.options.coherent;return!e?.length||e.some(r=>KC(t,r))}process(t){let{state:e}=this,{eventType:r}=t,n=e&(C.Began|C.Changed),s=this.attrTest(t);return n&&(r&X.Cancel||!s)?e|C.Cancelled:n||s?r&X.End?e|C.Ended:e&C.Began?e|C.Changed:C.Began:C.Failed}};var JC=["","start","move","end","cancel"],Hs=class extends Si{constructor(t={}){super({enable:!0,event:"doubleclickdrag",pointers:1,interval:500,time:350,threshold:28,dragThreshold:1,pixelsPerScale:120,...t}),this._tapStart=null,this._lastTap=null,this._drag=null,this._emittedStart=!1}getTouchAction(){return[zn]}getEventNames(){return JC.map(t=>this.options.event+t)}process(t){let{options:e}=this;return t.pointers.length===e.pointers?t.eventType&X.Start?this._handleStart(t):t.eventType&X.Move?this._handleMove(t):t.eventType&X.Cancel?this._handleEnd(t,!0):t.eventType&X.End?this._handleEnd(t,!1):C.Failed:(this.reset(),C.Failed)}reset(){this._tapStart=null,this._lastTap=null,this._drag=null,this._emittedStart=!1}emit(t){if(t){if(this.state===C.Began){if(!this._drag?.active||this._emittedStart)return;this._emittedStart=!0,this.manager.emit(`${this.options.event}start`,t),this.manager.emit(this.options.event,t);return}if(this.state===C.Changed){if(!this._emittedStart)return;this.manager.emit(`${this.options.event}move`,t),this.manager.emit(this.options.event,t);return}if(this.state===C.Ended){if(!this._emittedStart)return;this.manager.emit(this.options.event,t),this.manager.emit(`${this.options.event}end`,t),this._emittedStart=!1;return}if(this.state===C.Cancelled){if(!this._emittedStart)return;this.manager.emit(this.options.event,t),this.manager.emit(`${this.options.event}cancel`,t),this._emittedStart=!1}}}_handleStart(t){let e=this._getPointerId(t);return this._lastTap&&this._isTapMatch(t,this._lastTap)?(this._tapStart=null,this._lastTap=null,this._drag={startCenter:t.center,pointerId:e,active:!1},this._emittedStart=!1,C.Began):(this._tapStart={center:t.center,timeStamp:t.timeStamp,pointerId:e},this._lastTap=null,this._drag=null,this._emittedStart=!1,C.Failed)}_handleMove(t){if(!this._drag||!this._isSamePointer(t,this._drag.pointerId))return C.Failed;let e=this._drag.startCenter.y-t.center.y;return!this._drag.active&&Math.abs(e)<this.options.dragThreshold?C.Began:(this._drag.active=!0,t.scale=Math.pow(2,e/this.options.pixelsPerScale),this._emittedStart?C.Changed:C.Began)}_handleEnd(t,e){if(this._drag&&this._isSamePointer(t,this._drag.pointerId)){let{active:r,startCenter:n}=this._drag;if(this._drag=null,this._tapStart=null,this._lastTap=null,!r)return this._emittedStart=!1,C.Failed;let s=n.y-t.center.y;return t.scale=Math.pow(2,s/this.options.pixelsPerScale),e?C.Cancelled:C.Ended}return!this._tapStart||!this._isSamePointer(t,this._tapStart.pointerId)?(e&&this.reset(),C.Failed):(this._isValidTap(t)?this._lastTap={center:t.center,timeStamp:t.timeStamp,pointerId:this._tapStart.pointerId}:this._lastTap=null,this._tapStart=null,C.Failed)}_isTapMatch(t,e){return t.timeStamp-e.timeStamp<=this.options.interval&&Ws(t.center,e.center)<=this.options.threshold}_isValidTap(t){return t.deltaTime<=this.options.time&&t.distance<=this.options.threshold}_getPointerId(t){return"pointerId"in t.srcEvent?t.srcEvent.pointerId:null}_isSamePointer(t,e){return e===null||this._getPointerId(t)===e}};var Wn=class extends Si{constructor(t={}){super({enable:!0,event:"tap",pointers:1,taps:1,interval:300,time:250,threshold:9,posThreshold:10,...t}),this.pTime=null,this.pCenter=null,this._timer=null,this._input=null,this.count=0}getTouchAction(){return[zn]}process(t){let{options:e}=this,r=t.pointers.length===e.pointers,n=t.distance<e.threshold,s=t.deltaTime<e.time;if(this.reset(),t.eventType&X.Start&&this.count===0)return this.failTimeout();if(n&&s&&r){if(t.eventType!==X.End)return this.failTimeout();let o=this.pTime?t.timeStamp-this.pTime<e.interval:!0,a=!this.pCenter||Ws(this.pCenter,t.center)<e.posThreshold;if(this.pTime=t.timeStamp,this.pCenter=t.center,!a||!o?this.count=1:this.count+=1,this._input=t,this.count%e.taps===0)return this.hasRequireFailures()?(this._timer=setTimeout(()=>{this.state=C.Recognized,this.tryEmit(this._input)},e.interval),C.Began):C.Recognized}return C.Failed}failTimeout(){return this._timer=setTimeout(()=>{this.state=C.Failed},this.options.interval),C.Failed}reset(){clearTimeout(this._timer)}emit(t){this.state===C.Recognized&&(t.tapCount=this.count,this.manager.emit(this.options.event,t))}};var $s=class extends jn{constructor(){super(...arguments),this.wheelSession=null,this.wheelSessionUnsubscribe=null,this.handleWheelSessionEvent=t=>{t.device==="trackpad"&&this.handleTrackpadEvent(t)}}set(t){let{wheelSession:e,...r}=t;return e&&e!==this.wheelSession&&(this.wheelSessionUnsubscribe?.(),this.wheelSessionUnsubscribe=null,this.wheelSession=e),super.set(r),this.updateWheelSessionSubscription(),this}getTrackpadInput(t,e={}){let{srcEvent:r}=t,n=e.deltaX??t.deltaX,s=e.deltaY??t.deltaY,o=Gs(n,s),a=Math.sqrt(t.deltaX*t.deltaX+t.deltaY*t.deltaY),c=r;return{pointers:[c,c],changedPointers:[c,c],pointerType:"trackpad",srcEvent:c,eventType:t.eventType,timeStamp:t.timeStamp,deltaTime:t.deltaTime,center:t.center,deltaX:n,deltaY:s,angle:Math.atan2(s,n)*180/Math.PI,distance:Math.sqrt(n*n+s*s),distancePerPointer:[a,a],movementDeltaTime:t.deltaTime,scale:1,rotation:0,direction:o,offsetDirection:o,velocity:t.velocity,velocityX:t.velocityX,velocityY:t.velocityY,overallVelocity:t.overallVelocity,overallVelocityX:t.overallVelocityX,overallVelocityY:t.overallVelocityY,maxPointers:2,target:r.target||this.manager.element,additionalEvent:"",...e}}updateWheelSessionSubscription(){let t=!!(this.wheelSession&&this.options.enable&&this.options.trackpad&&this.options.pointers===2);t&&!this.wheelSessionUnsubscribe?this.wheelSessionUnsubscribe=this.wheelSession.on(this.handleWheelSessionEvent):!t&&this.wheelSessionUnsubscribe&&(this.wheelSessionUnsubscribe(),this.wheelSessionUnsubscribe=null)}};var QC=["","start","move","end","cancel","up","down","left","right"],on=class extends $s{constructor(t={}){super({enable:!0,pointers:1,event:"pan",threshold:10,direction:Lt.All,trackpad:!1,coherent:[],...t}),this.trackpadGesture=!1,this.pX=null,this.pY=null}getTouchAction(){let{options:{direction:t}}=this,e=[];return t&Lt.Horizontal&&e.push(Na),t&Lt.Vertical&&e.push(Fa),e}getEventNames(){return QC.map(t=>this.options.event+t)}directionTest(t){let{options:e}=this,r=!0,{distance:n}=t,{direction:s}=t,o=t.deltaX,a=t.deltaY;return s&e.direction||(e.direction&Lt.Horizontal?(s=o===0?Lt.None:o<0?Lt.Left:Lt.Right,r=o!==this.pX,n=Math.abs(t.deltaX)):(s=a===0?Lt.None:a<0?Lt.Up:Lt.Down,r=a!==this.pY,n=Math.abs(t.deltaY))),t.direction=s,r&&n>e.threshold&&!!(s&e.direction)}attrTest(t){let e=!!(this.state&C.Began),r=!(this.options.coherent?.length&&t.eventType&(X.End|X.Cancel));return super.attrTest(t)&&(e||r&&this.coherentTest(t)&&this.directionTest(t))}emit(t){this.pX=t.deltaX,this.pY=t.deltaY;let e=Lt[t.direction].toLowerCase();e&&(t.additionalEvent=this.options.event+e),super.emit(t)}handleTrackpadEvent(t){t.isFirst&&(this.trackpadGesture=!t.srcEvent.ctrlKey,!this.trackpadGesture&&this.state&(C.Recognized|C.Cancelled|C.Failed)&&(this.state=C.Possible)),this.trackpadGesture&&(this.recognize(this.getTrackpadInput(t,{deltaX:-t.deltaX,deltaY:-t.deltaY,velocity:-t.velocity,velocityX:-t.velocityX,velocityY:-t.velocityY,overallVelocity:-t.overallVelocity,overallVelocityX:-t.overallVelocityX,overallVelocityY:-t.overallVelocityY})),t.isFinal&&(this.trackpadGesture=!1))}};var tL=["","start","move","end","cancel","in","out"],Ys=class extends $s{constructor(t={}){super({enable:!0,event:"pinch",threshold:0,pointers:2,trackpad:!1,coherent:[],...t}),this.trackpadGesture=!1}getTouchAction(){return[Vn]}getEventNames(){return tL.map(t=>this.options.event+t)}attrTest(t){let e=!!this.options.coherent?.length,r=!!(this.state&C.Began),n=!(e&&t.eventType&(X.End|X.Cancel));return super.attrTest(t)&&(r||n&&(e?this.coherentTest(t):Math.abs(t.scale-1)>this.options.threshold))}emit(t){if(t.scale!==1){let e=t.scale<1?"in":"out";t.additionalEvent=this.options.event+e}super.emit(t)}handleTrackpadEvent(t){t.isFirst&&(this.trackpadGesture=t.srcEvent.ctrlKey,!this.trackpadGesture&&this.state&(C.Recognized|C.Cancelled|C.Failed)&&(this.state=C.Possible)),this.trackpadGesture&&(this.recognize(this.getTrackpadInput(t,{deltaX:0,deltaY:0,velocity:0,velocityX:0,velocityY:0,overallVelocity:0,overallVelocityX:0,overallVelocityY:0,scale:Math.exp(-t.deltaY/100)})),t.isFinal&&(this.trackpadGesture=!1))}};var Xi=class{constructor(t,e,r){this.element=t,this.callback=e,this.options=r}listen(t,e){e?this.element.addEventListener(t,this.handleEvent,{passive:!1}):this.element.removeEventListener(t,this.handleEvent)}};var Xx=typeof navigator<"u"&&navigator.userAgent?navigator.userAgent.toLowerCase():"";var nL=Xx.indexOf("firefox")!==-1,sL=40,oL=.25,Ru=class extends Xi{constructor(t,e,r){r.enable=r.enable??!1,super(t,e,r),this.handleEvent=n=>{if(!this.options.enable)return;let s=n.deltaY;globalThis.WheelEvent&&(nL&&n.deltaMode===globalThis.WheelEvent.DOM_DELTA_PIXEL&&(s/=globalThis.devicePixelRatio),n.deltaMode===globalThis.WheelEvent.DOM_DELTA_LINE&&(s*=sL)),n.shiftKey&&s&&(s=s*oL),this.callback({type:"wheel",center:{x:n.clientX,y:n.clientY},delta:-s,device:this.options.wheelSession?.device??"unknown",srcEvent:n,pointerType:"mouse",target:n.target})},r.enable&&(this.wheelSessionUnsubscribe=this.options.wheelSession?.on(()=>{}),this.listen("wheel",!0))}destroy(){this.listen("wheel",!1),this.wheelSessionUnsubscribe?.(),this.wheelSessionUnsubscribe=void 0}enableEventType(t,e){t==="wheel"&&this.options.enable!==e&&(this.options.enable=e,e&&!this.wheelSessionUnsubscribe&&(this.wheelSessionUnsubscribe=this.options.wheelSession?.on(()=>{})),this.listen("wheel",e),e||(this.wheelSessionUnsubscribe?.(),this.wheelSessionUnsubscribe=void 0))}};var aL=4.000244140625,Kx=40,cL=0,lL=1,fL=40,Jx=40,uL=120,dL={classificationDelay:32,endDelay:80},Du=class{constructor(t,e={}){this.subscriptions=new Map,this.session=null,this.classificationTimer=null,this.endTimer=null,this.pressedControlKeys=new Set,this.listeningForControlKeys=!1,this.handleEvent=r=>{if(!this.hasSubscribers)return"unknown";let n=pL(r,this.pressedControlKeys.size>0),s=this.session;if(s&&n.timeStamp-s.lastTimeStamp>=this.options.endDelay){if(this.end(),!this.hasSubscribers)return"unknown";s=null}s?(this.scheduleEnd(),this.addSample(s,n)):(s=this.startPendingSession(n),this.scheduleEnd());let{device:o}=s;return o==="unknown"&&(o=Fm(s.samples,!1),o!=="unknown"&&this.begin(s,o)),o},this.finishClassification=()=>{if(this.classificationTimer=null,!this.session||this.session.device!=="unknown")return;let r=this.session,n=Fm(r.samples,!0);this.begin(r,n==="unknown"?"mouse":n)},this.end=()=>{if(!this.session)return;if(this.session.device==="unknown"){let n=this.session,s=Fm(n.samples,!0);this.begin(n,s==="unknown"?"mouse":s)}if(!this.session)return;let r=this.session;this.emit(X.End,r.lastEvent),this.reset()},this.handleKeyDown=r=>{r.key==="Control"&&this.pressedControlKeys.add(r.code||r.key)},this.handleKeyUp=r=>{r.key==="Control"&&(r.code?this.pressedControlKeys.delete(r.code):this.pressedControlKeys.clear())},this.handleWindowBlur=()=>{this.pressedControlKeys.clear()},this.element=t,this.options={...dL,...e},this.element?.addEventListener("wheel",this.handleEvent,{passive:!0})}get hasSubscribers(){return this.subscriptions.size>0}get device(){return this.session?.device??"unknown"}on(t){let e={listener:t};return this.subscriptions.set(t,e),this.updateControlKeyEventListeners(),()=>{this.subscriptions.get(t)===e&&this.off(t)}}off(t){this.subscriptions.delete(t),this.updateControlKeyEventListeners(),this.hasSubscribers||this.reset()}cancel(){let t=this.session;t&&t.device!=="unknown"&&this.emit(X.Cancel,t.lastEvent),this.reset()}destroy(){this.cancel(),this.subscriptions.clear(),this.updateControlKeyEventListeners(),this.element?.removeEventListener("wheel",this.handleEvent)}startPendingSession(t){let e={samples:[t],device:"unknown",firstTimeStamp:t.timeStamp,lastTimeStamp:t.timeStamp,totalDeltaX:t.deltaX,totalDeltaY:t.deltaY,velocityX:0,velocityY:0,lastEvent:t.event};return this.session=e,this.classificationTimer=globalThis.setTimeout(this.finishClassification,this.options.classificationDelay),e}addSample(t,e){if(t.samples.push(e),t.lastTimeStamp=e.timeStamp,t.lastEvent=e.event,t.totalDeltaX+=e.deltaX,t.totalDeltaY+=e.deltaY,t.device!=="unknown"){let r=t.samples[t.samples.length-2],n=e.timeStamp-r.timeStamp;t.velocityX=n>0?e.deltaX/n:0,t.velocityY=n>0?e.deltaY/n:0,this.emit(X.Move,e.event,{velocityX:t.velocityX,velocityY:t.velocityY})}}begin(t,e){t.device=e,this.clearClassificationTimer(),this.emit(X.Start,t.samples[0].event);let r=t.lastTimeStamp-t.firstTimeStamp;t.velocityX=r>0?t.totalDeltaX/r:0,t.velocityY=r>0?t.totalDeltaY/r:0,this.emit(X.Move,t.lastEvent,{velocityX:t.velocityX,velocityY:t.velocityY})}scheduleEnd(){this.clearEndTimer(),this.endTimer=globalThis.setTimeout(this.end,this.options.endDelay)}emit(t,e,r){let n=this.session;if(!n||n.device==="unknown")return;let s=t===X.Start,o=t===X.End||t===X.Cancel,a=s?n.firstTimeStamp:n.lastTimeStamp,c=s?0:Math.max(0,a-n.firstTimeStamp),l=s?0:n.totalDeltaX,f=s?0:n.totalDeltaY,u=c>0?l/c:0,d=c>0?f/c:0,h=s?0:r?.velocityX??n.velocityX,p=s?0:r?.velocityY??n.velocityY,g={eventType:t,device:n.device,srcEvent:e,timeStamp:a,center:{x:e.clientX,y:e.clientY},deltaX:l,deltaY:f,deltaTime:c,velocity:Math.abs(h)>Math.abs(p)?h:p,velocityX:h,velocityY:p,overallVelocity:Math.abs(u)>Math.abs(d)?u:d,overallVelocityX:u,overallVelocityY:d,isFirst:s,isFinal:o};for(let{listener:m}of[...this.subscriptions.values()])m(g)}reset(){this.clearClassificationTimer(),this.clearEndTimer(),this.session=null}clearClassificationTimer(){this.classificationTimer!==null&&(globalThis.clearTimeout(this.classificationTimer),this.classificationTimer=null)}clearEndTimer(){this.endTimer!==null&&(globalThis.clearTimeout(this.endTimer),this.endTimer=null)}updateControlKeyEventListeners(){let t=this.hasSubscribers,e=hL();!e||t===this.listeningForControlKeys||(this.listeningForControlKeys=t,t?(e.addEventListener("keydown",this.handleKeyDown,!0),e.addEventListener("keyup",this.handleKeyUp,!0),e.addEventListener("blur",this.handleWindowBlur)):(e.removeEventListener("keydown",this.handleKeyDown,!0),e.removeEventListener("keyup",this.handleKeyUp,!0),e.removeEventListener("blur",this.handleWindowBlur),this.pressedControlKeys.clear()))}};function hL(){return typeof window<"u"?window:globalThis.document?.defaultView}function pL(i,t){let e=i.deltaX,r=i.deltaY;return i.deltaMode===lL&&(e*=Kx,r*=Kx),{event:i,timeStamp:i.timeStamp,deltaX:e,deltaY:r,isControlKeyDown:t}}function Fm(i,t){return i.some(({event:e,isControlKeyDown:r})=>e.ctrlKey&&!r)?"trackpad":i.some(({event:e})=>e.deltaMode!==cL)||i.some(mL)||i.every(({event:e})=>{let r=e.wheelDelta;return r!==void 0&&Math.abs(r)%40===0})?"mouse":i.some(({deltaX:e})=>e!==0)||i.length>1&&gL(i)?"trackpad":t?"mouse":"unknown"}function mL({event:i,deltaX:t,deltaY:e}){if(t!==0||e===0)return!1;let r=Math.abs(e/aL);if(Number.isInteger(r))return!0;let n=i.wheelDelta;return typeof n=="number"&&n!==0&&n%uL===0}function gL(i){for(let t=0;t<i.length;t++){let e=i[t];if(Math.abs(e.deltaX)>Jx||Math.abs(e.deltaY)>Jx||t>0&&e.timeStamp-i[t-1].timeStamp>fL)return!1}return!0}var Qx=["mousedown","mousemove","mouseup","mouseover","mouseout","mouseenter","mouseleave"],ku=class extends Xi{constructor(t,e,r){super(t,e,{enable:!0,...r}),this.handleEvent=s=>{this.handleOverEvent(s),this.handleOutEvent(s),this.handleEnterEvent(s),this.handleLeaveEvent(s),this.handleMoveEvent(s)},this.pressed=!1;let{enable:n=!1}=this.options;this.enableMoveEvent=n,this.enableLeaveEvent=n,this.enableEnterEvent=n,this.enableOutEvent=n,this.enableOverEvent=n,n&&Qx.forEach(s=>this.listen(s,!0))}destroy(){Qx.forEach(t=>this.listen(t,!1))}enableEventType(t,e){switch(t){case"pointermove":this.enableMoveEvent!==e&&(this.enableMoveEvent=e,this.listen("mousedown",e),this.listen("mousemove",e),this.listen("mouseup",e));break;case"pointerover":this.enableOverEvent!==e&&(this.enableOverEvent=e,this.listen("mouseover",e));break;case"pointerout":this.enableOutEvent!==e&&(this.enableOutEvent=e,this.listen("mouseout",e));break;case"pointerenter":this.enableEnterEvent!==e&&(this.enableEnterEvent=e,this.listen("mouseenter",e));break;case"pointerleave":this.enableLeaveEvent!==e&&(this.enableLeaveEvent=e,this.listen("mouseleave",e));break;default:}}handleOverEvent(t){this.enableOverEvent&&t.type==="mouseover"&&this._emit("pointerover",t)}handleOutEvent(t){this.enableOutEvent&&t.type==="mouseout"&&this._emit("pointerout",t)}handleEnterEvent(t){this.enableEnterEvent&&t.type==="mouseenter"&&this._emit("pointerenter",t)}handleLeaveEvent(t){this.enableLeaveEvent&&t.type==="mouseleave"&&this._emit("pointerleave",t)}handleMoveEvent(t){if(this.enableMoveEvent)switch(t.type){case"mousedown":t.button>=0&&(this.pressed=!0);break;case"mousemove":t.buttons===0&&(this.pressed=!1),this.pressed||this._emit("pointermove",t);break;case"mouseup":this.pressed=!1;break;default:}}_emit(t,e){this.callback({type:t,center:{x:e.clientX,y:e.clientY},srcEvent:e,pointerType:"mouse",target:e.target})}};var tb=["keydown","keyup"],Fu=class extends Xi{constructor(t,e,r){super(t,e,{enable:!0,tabIndex:0,...r}),this.handleEvent=s=>{let o=s.target||s.srcElement;o.tagName==="INPUT"&&o.type==="text"||o.tagName==="TEXTAREA"||(this.enableDownEvent&&s.type==="keydown"&&this.callback({type:"keydown",srcEvent:s,key:s.key,target:s.target}),this.enableUpEvent&&s.type==="keyup"&&this.callback({type:"keyup",srcEvent:s,key:s.key,target:s.target}))};let{enable:n=!1}=this.options;this.enableDownEvent=n,this.enableUpEvent=n,t.tabIndex=this.options.tabIndex,t.style.outline="none",n&&tb.forEach(s=>this.listen(s,!0))}destroy(){tb.forEach(t=>this.listen(t,!1))}enableEventType(t,e){t==="keydown"&&this.enableDownEvent!==e&&(this.enableDownEvent=e,this.listen(t,e)),t==="keyup"&&this.enableUpEvent!==e&&(this.enableUpEvent=e,this.listen(t,e))}};var Nu=class extends Xi{constructor(t,e,r){r.enable=r.enable??!1,super(t,e,r),this.handleEvent=n=>{this.options.enable&&this.callback({type:"contextmenu",center:{x:n.clientX,y:n.clientY},srcEvent:n,pointerType:"mouse",target:n.target})},r.enable&&this.listen("contextmenu",!0)}destroy(){this.listen("contextmenu",!1)}enableEventType(t,e){t==="contextmenu"&&this.options.enable!==e&&(this.options.enable=e,this.listen("contextmenu",e))}};var yL={pointerdown:1,pointermove:2,pointerup:4,mousedown:1,mousemove:2,mouseup:4},vL=0,_L=1,xL=2,bL=1,wL=2,SL=4;function eb(i){let t=yL[i.srcEvent.type];if(!t)return null;let{buttons:e,button:r}=i.srcEvent,n=!1,s=!1,o=!1;return t===2?(n=!!(e&bL),s=!!(e&SL),o=!!(e&wL)):(n=r===vL,s=r===_L,o=r===xL),{leftButton:n,middleButton:s,rightButton:o}}function ib(i,t){let e=i.center;if(!e)return null;let r=t.getBoundingClientRect(),n=r.width/t.offsetWidth||1,s=r.height/t.offsetHeight||1,o={x:(e.x-r.left-t.clientLeft)/n,y:(e.y-r.top-t.clientTop)/s};return{center:e,offsetCenter:o}}var PL={srcElement:"root",priority:0},Uu=class{constructor(t,e){this.handleEvent=r=>{if(this.isEmpty())return;let n=this._normalizeEvent(r),s=r.srcEvent.target;for(;s&&s!==n.rootElement;){if(this._emit(n,s),n.handled)return;s=s.parentNode}this._emit(n,"root")},this.eventManager=t,this.recognizerName=e,this.handlers=[],this.handlersByElement=new Map,this._active=!1}isEmpty(){return!this._active}add(t,e,r,n=!1,s=!1){let{handlers:o,handlersByElement:a}=this,c={...PL,...r},l=a.get(c.srcElement);l||(l=[],a.set(c.srcElement,l));let f={type:t,handler:e,srcElement:c.srcElement,priority:c.priority};n&&(f.once=!0),s&&(f.passive=!0),o.push(f),this._active=this._active||!f.passive;let u=l.length-1;for(;u>=0&&!(l[u].priority>=f.priority);)u--;l.splice(u+1,0,f)}remove(t,e){let{handlers:r,handlersByElement:n}=this;for(let s=r.length-1;s>=0;s--){let o=r[s];if(o.type===t&&o.handler===e){r.splice(s,1);let a=n.get(o.srcElement);a.splice(a.indexOf(o),1),a.length===0&&n.delete(o.srcElement)}}this._active=r.some(s=>!s.passive)}_emit(t,e){let r=this.handlersByElement.get(e);if(r){let n=!1,s=()=>{t.handled=!0},o=()=>{t.handled=!0,n=!0},a=[];for(let c=0;c<r.length;c++){let{type:l,handler:f,once:u}=r[c];if(f({...t,type:l,stopPropagation:s,stopImmediatePropagation:o}),u&&a.push(r[c]),n)break}for(let c=0;c<a.length;c++){let{type:l,handler:f}=a[c];this.remove(l,f)}}}_normalizeEvent(t){let e=this.eventManager.getElement();return{...t,...eb(t),...ib(t,e),preventDefault:()=>{t.srcEvent.preventDefault()},stopImmediatePropagation:null,stopPropagation:null,handled:!1,rootElement:e}}};function EL(i){if("recognizer"in i)return i;let t,e=Array.isArray(i)?[...i]:[i];if(typeof e[0]=="function"){let r=e.shift(),n=e.shift()||{};t=new r(n)}else t=e.shift();return{recognizer:t,recognizeWith:typeof e[0]=="string"?[e[0]]:e[0],requireFailure:typeof e[1]=="string"?[e[1]]:e[1]}}var Ga=class{constructor(t=null,e={}){if(this._onBasicInput=r=>{this.manager.emit(r.srcEvent.type,r)},this._onOtherEvent=r=>{this.manager.emit(r.type,r)},this.options={recognizers:[],events:{},touchAction:"compute",tabIndex:0,cssProps:{},...e},this.events=new Map,this.element=t,this.wheelSession=new Du(t),!!t){this.manager=new Wa(t,this.options);for(let r of this.options.recognizers){let{recognizer:n,recognizeWith:s,requireFailure:o}=EL(r);this.manager.add(n),s&&n.recognizeWith(s),o&&n.requireFailure(o)}this.manager.on("hammer.input",this._onBasicInput),this.wheelInput=new Ru(t,this._onOtherEvent,{enable:!1,wheelSession:this.wheelSession}),this.moveInput=new ku(t,this._onOtherEvent,{enable:!1}),this.keyInput=new Fu(t,this._onOtherEvent,{enable:!1,tabIndex:e.tabIndex}),this.contextmenuInput=new Nu(t,this._onOtherEvent,{enable:!1}),this.on(this.options.events)}}getElement(){return this.element}destroy(){if(!this.element){this.wheelSession.destroy();return}this.wheelInput.destroy(),this.wheelSession.destroy(),this.moveInput.destroy(),this.keyInput.destroy(),this.contextmenuInput.destroy(),this.manager.destroy()}on(t,e,r){this._addEventHandler(t,e,r,!1)}once(t,e,r){this._addEventHandler(t,e,r,!0)}watch(t,e,r){this._addEventHandler(t,e,r,!1,!0)}off(t,e){this._removeEventHandler(t,e)}emit(t){this.manager?.emit(t.type,t)}_toggleRecognizer(t,e){let{manager:r}=this;if(!r)return;let n=r.get(t);n&&(n.set({enable:e,wheelSession:this.wheelSession}),r.touchAction.update()),this.wheelInput?.enableEventType(t,e),this.moveInput?.enableEventType(t,e),this.keyInput?.enableEventType(t,e),this.contextmenuInput?.enableEventType(t,e)}_addEventHandler(t,e,r,n,s){if(typeof t!="string"){r=e;for(let[l,f]of Object.entries(t))this._addEventHandler(l,f,r,n,s);return}let{manager:o,events:a}=this;if(!o)return;let c=a.get(t);if(!c){let l=this._getRecognizerName(t)||t;c=new Uu(this,l),a.set(t,c),o&&o.on(t,c.handleEvent)}c.add(t,e,r,n,s),c.isEmpty()||this._toggleRecognizer(c.recognizerName,!0)}_removeEventHandler(t,e){if(typeof t!="string"){for(let[s,o]of Object.entries(t))this._removeEventHandler(s,o);return}let{events:r}=this,n=r.get(t);if(n&&(n.remove(t,e),n.isEmpty())){let{recognizerName:s}=n,o=!1;for(let a of r.values())if(a.recognizerName===s&&!a.isEmpty()){o=!0;break}o||this._toggleRecognizer(s,!1)}}_getRecognizerName(t){return this.manager.recognizers.find(e=>e.getEventNames().includes(t))?.options.event}};var Nm={DEFAULT:"default",LNGLAT:"lnglat",METER_OFFSETS:"meter-offsets",LNGLAT_OFFSETS:"lnglat-offsets",CARTESIAN:"cartesian"};Object.defineProperty(Nm,"IDENTITY",{get:()=>(R.deprecated("COORDINATE_SYSTEM.IDENTITY","COORDINATE_SYSTEM.CARTESIAN")(),Nm.CARTESIAN)});var Zt={WEB_MERCATOR:1,GLOBE:2,WEB_MERCATOR_AUTO_OFFSET:4,IDENTITY:0},qt={common:0,meters:1,pixels:2},Zs={click:"onClick",dblclick:"onClick",panstart:"onDragStart",panmove:"onDrag",panend:"onDragEnd"},Um={multipan:[on,{threshold:10,pointers:2,trackpad:!0}],pinch:[Ys,{trackpad:!0},null,["multipan"]],pan:[on,{threshold:1},["pinch"],["multipan"]],dblclick:[Wn,{event:"dblclick",taps:2,enable:!1}],dblclickdrag:[Hs,{event:"dblclickdrag",enable:!1},["dblclick"],null],click:[Wn,{event:"click"},["dblclickdrag"],["dblclick","dblclickdrag"]]};function IL(i,t){if(i===t)return!0;if(Array.isArray(i)){let e=i.length;if(!t||t.length!==e)return!1;for(let r=0;r<e;r++)if(i[r]!==t[r])return!1;return!0}return!1}function Ki(i){let t={},e;return r=>{for(let n in r)if(!IL(r[n],t[n])){e=i(r),t=r;break}return e}}var rb=[0,0,0,0],TL=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0],nb=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],AL=[0,0,0],sb=[0,0,0],ML={default:-1,cartesian:0,lnglat:1,"meter-offsets":2,"lnglat-offsets":3};function Gn(i){let t=ML[i];if(t===void 0)throw new Error(`Invalid coordinateSystem: ${i}`);return t}var CL=Ki(OL);function zm(i,t,e=sb){e.length<3&&(e=[e[0],e[1],0]);let r=e,n,s=!0;switch(t==="lnglat-offsets"||t==="meter-offsets"?n=e:n=i.isGeospatial?[Math.fround(i.longitude),Math.fround(i.latitude),0]:null,i.projectionMode){case Zt.WEB_MERCATOR:(t==="lnglat"||t==="cartesian")&&(n=[0,0,0],s=!1);break;case Zt.WEB_MERCATOR_AUTO_OFFSET:t==="lnglat"?r=n:t==="cartesian"&&(r=[Math.fround(i.center[0]),Math.fround(i.center[1]),0],n=i.unprojectPosition(r),r[0]-=e[0],r[1]-=e[1],r[2]-=e[2]);break;case Zt.IDENTITY:r=i.position.map(Math.fround),r[2]=r[2]||0;break;case Zt.GLOBE:s=!1,n=null;break;default:s=!1}return{geospatialOrigin:n,shaderCoordinateOrigin:r,offsetMode:s}}function LL(i,t,e){let{viewMatrixUncentered:r,projectionMatrix:n}=i,{viewMatrix:s,viewProjectionMatrix:o}=i,a=rb,c=rb,l=i.cameraPosition,{geospatialOrigin:f,shaderCoordinateOrigin:u,offsetMode:d}=zm(i,t,e);return d&&(c=i.projectPosition(f||u),l=[l[0]-c[0],l[1]-c[1],l[2]-c[2]],c[3]=1,a=qi.transformMat4([],c,o),s=r||s,o=Gt.multiply([],n,s),o=Gt.multiply([],o,TL)),{viewMatrix:s,viewProjectionMatrix:o,projectionCenter:a,originCommon:c,cameraPosCommon:l,shaderCoordinateOrigin:u,geospatialOrigin:f}}function ob({viewport:i,devicePixelRatio:t=1,modelMatrix:e=null,coordinateSystem:r="default",coordinateOrigin:n=sb,autoWrapLongitude:s=!1}){r==="default"&&(r=i.isGeospatial?"lnglat":"cartesian");let o=CL({viewport:i,devicePixelRatio:t,coordinateSystem:r,coordinateOrigin:n});return o.wrapLongitude=s,o.modelMatrix=e||nb,o}function OL({viewport:i,devicePixelRatio:t,coordinateSystem:e,coordinateOrigin:r}){let{projectionCenter:n,viewProjectionMatrix:s,originCommon:o,cameraPosCommon:a,shaderCoordinateOrigin:c,geospatialOrigin:l}=LL(i,e,r),f=i.getDistanceScales(),u=[i.width*t,i.height*t],d=qi.transformMat4([],[0,0,-i.focalDistance,1],i.projectionMatrix)[3]||1,h={coordinateSystem:Gn(e),projectionMode:i.projectionMode,coordinateOrigin:c,commonOrigin:o.slice(0,3),center:n,pseudoMeters:!!i._pseudoMeters,viewportSize:u,devicePixelRatio:t,focalDistance:d,commonUnitsPerMeter:f.unitsPerMeter,commonUnitsPerWorldUnit:f.unitsPerMeter,commonUnitsPerWorldUnit2:AL,scale:i.scale,wrapLongitude:!1,viewProjectionMatrix:s,modelMatrix:nb,cameraPosition:a};if(l){let p=i.getDistanceScales(l);switch(e){case"meter-offsets":h.commonUnitsPerWorldUnit=p.unitsPerMeter,h.commonUnitsPerWorldUnit2=p.unitsPerMeter2;break;case"lnglat":case"lnglat-offsets":i._pseudoMeters||(h.commonUnitsPerMeter=p.unitsPerMeter),h.commonUnitsPerWorldUnit=p.unitsPerDegree,h.commonUnitsPerWorldUnit2=p.unitsPerDegree2;break;case"cartesian":h.commonUnitsPerWorldUnit=[1,1,p.unitsPerMeter[2]],h.commonUnitsPerWorldUnit2=[0,0,p.unitsPerMeter2[2]];break;default:break}}if(i.projectionMode===Zt.GLOBE&&e==="meter-offsets"){let m=r[0]*Math.PI/180,_=r[1]*Math.PI/180,b=Math.cos(_),v=((r[2]||0)/6370972+1)*256;h.commonOrigin=[Math.sin(m)*b*v,-Math.cos(m)*b*v,Math.sin(_)*v]}return h}var BL=["default","lnglat","meter-offsets","lnglat-offsets","cartesian"],RL=BL.map(i=>`const COORDINATE_SYSTEM_${i.toUpperCase().replaceAll("-","_")}: i32 = ${Gn(i)};`).join(""),DL=Object.keys(Zt).map(i=>`const PROJECTION_MODE_${i}: i32 = ${Zt[i]};`).join(""),kL=Object.keys(qt).map(i=>`const UNIT_${i.toUpperCase()}: i32 = ${qt[i]};`).join(""),FL=`${RL}
${DL}
${kL}

const TILE_SIZE: f32 = 512.0;
const PI: f32 = 3.1415926536;
const WORLD_SCALE: f32 = TILE_SIZE / (PI * 2.0);
const ZERO_64_LOW: vec3<f32> = vec3<f32>(0.0, 0.0, 0.0);
const EARTH_RADIUS: f32 = 6370972.0; // meters
const GLOBE_RADIUS: f32 = 256.0;

// -----------------------------------------------------------------------------
// Uniform block (converted from GLSL uniform block)
// -----------------------------------------------------------------------------
struct ProjectUniforms {
  wrapLongitude: i32,
  coordinateSystem: i32,
  commonUnitsPerMeter: vec3<f32>,
  projectionMode: i32,
  scale: f32,
  commonUnitsPerWorldUnit: vec3<f32>,
  commonUnitsPerWorldUnit2: vec3<f32>,
  center: vec4<f32>,
  modelMatrix: mat4x4<f32>,
  viewProjectionMatrix: mat4x4<f32>,
  viewportSize: vec2<f32>,
  devicePixelRatio: f32,
  focalDistance: f32,
  cameraPosition: vec3<f32>,
  coordinateOrigin: vec3<f32>,
  commonOrigin: vec3<f32>,
  pseudoMeters: i32,
};

@group(0) @binding(auto)
var<uniform> project: ProjectUniforms;

// -----------------------------------------------------------------------------
// Geometry data shared across the project helpers.
// The active layer shader is responsible for populating this private module
// state before calling the project functions below.
// -----------------------------------------------------------------------------

// Structure to carry additional geometry data used by deck.gl filters.
struct Geometry {
  worldPosition: vec3<f32>,
  worldPositionAlt: vec3<f32>,
  position: vec4<f32>,
  normal: vec3<f32>,
  uv: vec2<f32>,
  pickingColor: vec3<f32>,
};

var<private> geometry: Geometry;
`,ab=`${FL}

// -----------------------------------------------------------------------------
// Functions
// -----------------------------------------------------------------------------

// Returns an adjustment factor for commonUnitsPerMeter
fn _project_size_at_latitude(lat: f32) -> f32 {
  let y = clamp(lat, -89.9, 89.9);
  return 1.0 / cos(radians(y));
}

// Overloaded version: scales a value in meters at a given latitude.
fn _project_size_at_latitude_m(meters: f32, lat: f32) -> f32 {
  return meters * project.commonUnitsPerMeter.z * _project_size_at_latitude(lat);
}

// Computes a non-linear scale factor based on geometry.
// (Note: This function relies on "geometry" being provided.)
fn project_size() -> f32 {
  if (project.projectionMode == PROJECTION_MODE_WEB_MERCATOR &&
      project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT &&
      project.pseudoMeters == 0) {
    if (geometry.position.w == 0.0) {
      return _project_size_at_latitude(geometry.worldPosition.y);
    }
    let y: f32 = geometry.position.y / TILE_SIZE * 2.0 - 1.0;
    let y2 = y * y;
    let y4 = y2 * y2;
    let y6 = y4 * y2;
    return 1.0 + 4.9348 * y2 + 4.0587 * y4 + 1.5642 * y6;
  }
  return 1.0;
}

// Overloads to scale offsets (meters to world units)
fn project_size_float(meters: f32) -> f32 {
  return meters * project.commonUnitsPerMeter.z * project_size();
}

fn project_size_vec2(meters: vec2<f32>) -> vec2<f32> {
  return meters * project.commonUnitsPerMeter.xy * project_size();
}

fn project_size_vec3(meters: vec3<f32>) -> vec3<f32> {
  return meters * project.commonUnitsPerMeter * project_size();
}

fn project_size_vec4(meters: vec4<f32>) -> vec4<f32> {
  return vec4<f32>(meters.xyz * project.commonUnitsPerMeter, meters.w);
}

// Returns a rotation matrix aligning the z\u2011axis with the given up vector.
fn project_get_orientation_matrix(up: vec3<f32>) -> mat3x3<f32> {
  let uz = normalize(up);
  let ux = select(
    vec3<f32>(1.0, 0.0, 0.0),
    normalize(vec3<f32>(uz.y, -uz.x, 0.0)),
    abs(uz.z) == 1.0
  );
  let uy = cross(uz, ux);
  return mat3x3<f32>(ux, uy, uz);
}

// Since WGSL does not support "out" parameters, we return a struct.
struct RotationResult {
  needsRotation: bool,
  transform: mat3x3<f32>,
};

fn project_needs_rotation(commonPosition: vec3<f32>) -> RotationResult {
  if (project.projectionMode == PROJECTION_MODE_GLOBE) {
    return RotationResult(true, project_get_orientation_matrix(commonPosition));
  } else {
    return RotationResult(false, mat3x3<f32>());  // identity alternative if needed
  };
}

// Projects a normal vector from the current coordinate system to world space.
fn project_normal(vector: vec3<f32>) -> vec3<f32> {
  let normal_modelspace = project.modelMatrix * vec4<f32>(vector, 0.0);
  var n = normalize(normal_modelspace.xyz * project.commonUnitsPerMeter);
  let rotResult = project_needs_rotation(geometry.position.xyz);
  if (rotResult.needsRotation) {
    n = rotResult.transform * n;
  }
  return n;
}

// Applies a scale offset based on y-offset (dy)
fn project_offset_(offset: vec4<f32>) -> vec4<f32> {
  let dy: f32 = offset.y;
  let commonUnitsPerWorldUnit = project.commonUnitsPerWorldUnit + project.commonUnitsPerWorldUnit2 * dy;
  return vec4<f32>(offset.xyz * commonUnitsPerWorldUnit, offset.w);
}

// Projects lng/lat coordinates to a unit tile [0,1]
fn project_mercator_(lnglat: vec2<f32>) -> vec2<f32> {
  var x = lnglat.x;
  if (project.wrapLongitude != 0) {
    x = ((x + 180.0) % 360.0) - 180.0;
  }
  let y = clamp(lnglat.y, -89.9, 89.9);
  return vec2<f32>(
    radians(x) + PI,
    PI + log(tan_fp32(PI * 0.25 + radians(y) * 0.5))
  ) * WORLD_SCALE;
}

// Projects lng/lat/z coordinates for a globe projection.
fn project_globe_(lnglatz: vec3<f32>) -> vec3<f32> {
  let lambda = radians(lnglatz.x);
  let phi = radians(lnglatz.y);
  let cosPhi = cos(phi);
  let D = (lnglatz.z / EARTH_RADIUS + 1.0) * GLOBE_RADIUS;
  return vec3<f32>(
    sin(lambda) * cosPhi,
    -cos(lambda) * cosPhi,
    sin(phi)
  ) * D;
}

// Projects positions (with an optional 64-bit low part) from the input
// coordinate system to the common space.
fn project_position_vec4_f64(position: vec4<f32>, position64Low: vec3<f32>) -> vec4<f32> {
  var position_world = project.modelMatrix * position;

  // Work around for a Mac+NVIDIA bug:
  if (project.projectionMode == PROJECTION_MODE_WEB_MERCATOR) {
    if (project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT) {
      return vec4<f32>(
        project_mercator_(position_world.xy),
        _project_size_at_latitude_m(position_world.z, position_world.y),
        position_world.w
      );
    }
    if (project.coordinateSystem == COORDINATE_SYSTEM_CARTESIAN) {
      position_world = vec4f(position_world.xyz + project.coordinateOrigin, position_world.w);
    }
  }
  if (project.projectionMode == PROJECTION_MODE_GLOBE) {
    if (project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT) {
      return vec4<f32>(
        project_globe_(position_world.xyz),
        position_world.w
      );
    }
    if (project.coordinateSystem == COORDINATE_SYSTEM_METER_OFFSETS) {
      let enuMatrix = project_get_orientation_matrix(project.commonOrigin);
      let metersToCommon = GLOBE_RADIUS / EARTH_RADIUS;
      let offsetCommon = (enuMatrix * vec3<f32>(-position_world.x, -position_world.y, position_world.z)) * metersToCommon;
      return vec4<f32>(project.commonOrigin + offsetCommon, position_world.w);
    }
  }
  if (project.projectionMode == PROJECTION_MODE_WEB_MERCATOR_AUTO_OFFSET) {
    if (project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT) {
      if (abs(position_world.y - project.coordinateOrigin.y) > 0.25) {
        return vec4<f32>(
          project_mercator_(position_world.xy) - project.commonOrigin.xy,
          project_size_float(position_world.z),
          position_world.w
        );
      }
    }
  }
  if (project.projectionMode == PROJECTION_MODE_IDENTITY ||
      (project.projectionMode == PROJECTION_MODE_WEB_MERCATOR_AUTO_OFFSET &&
       (project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT ||
        project.coordinateSystem == COORDINATE_SYSTEM_CARTESIAN))) {
    position_world = vec4f(position_world.xyz - project.coordinateOrigin, position_world.w);
  }

  return project_offset_(position_world) +
         project_offset_(project.modelMatrix * vec4<f32>(position64Low, 0.0));
}

// Overloaded versions for different input types.
fn project_position_vec4_f32(position: vec4<f32>) -> vec4<f32> {
  return project_position_vec4_f64(position, ZERO_64_LOW);
}

fn project_position_vec3_f64(position: vec3<f32>, position64Low: vec3<f32>) -> vec3<f32> {
  let projected_position = project_position_vec4_f64(vec4<f32>(position, 1.0), position64Low);
  return projected_position.xyz;
}

fn project_position_vec3_f32(position: vec3<f32>) -> vec3<f32> {
  let projected_position = project_position_vec4_f64(vec4<f32>(position, 1.0), ZERO_64_LOW);
  return projected_position.xyz;
}

fn project_position_vec2_f32(position: vec2<f32>) -> vec2<f32> {
  let projected_position = project_position_vec4_f64(vec4<f32>(position, 0.0, 1.0), ZERO_64_LOW);
  return projected_position.xy;
}

// Transforms a common space position to clip space.
fn project_common_position_to_clipspace_with_projection(position: vec4<f32>, viewProjectionMatrix: mat4x4<f32>, center: vec4<f32>) -> vec4<f32> {
  var clipPosition = viewProjectionMatrix * position + center;
  // deck.gl projection matrices use WebGL's [-w, w] depth range; WebGPU clips z to [0, w].
  clipPosition.z = (clipPosition.z + clipPosition.w) * 0.5;
  return clipPosition;
}

// Uses the project viewProjectionMatrix and center.
fn project_common_position_to_clipspace(position: vec4<f32>) -> vec4<f32> {
  return project_common_position_to_clipspace_with_projection(position, project.viewProjectionMatrix, project.center);
}

// Returns a clip space offset corresponding to a given number of screen pixels.
fn project_pixel_size_to_clipspace(pixels: vec2<f32>) -> vec2<f32> {
  let offset = pixels / project.viewportSize * project.devicePixelRatio * 2.0;
  return offset * project.focalDistance;
}

fn project_meter_size_to_pixel(meters: f32) -> f32 {
  return project_size_float(meters) * project.scale;
}

fn project_unit_size_to_pixel(size: f32, unit: i32) -> f32 {
  if (unit == UNIT_METERS) {
    return project_meter_size_to_pixel(size);
  } else if (unit == UNIT_COMMON) {
    return size * project.scale;
  }
  // UNIT_PIXELS: no scaling applied.
  return size;
}

fn project_pixel_size_float(pixels: f32) -> f32 {
  return pixels / project.scale;
}

fn project_pixel_size_vec2(pixels: vec2<f32>) -> vec2<f32> {
  return pixels / project.scale;
}
`;var NL=["default","lnglat","meter-offsets","lnglat-offsets","cartesian"],UL=NL.map(i=>`const int COORDINATE_SYSTEM_${i.toUpperCase().replaceAll("-","_")} = ${Gn(i)};`).join(""),zL=Object.keys(Zt).map(i=>`const int PROJECTION_MODE_${i} = ${Zt[i]};`).join(""),VL=Object.keys(qt).map(i=>`const int UNIT_${i.toUpperCase()} = ${qt[i]};`).join(""),cb=`${UL}
${zL}
${VL}
layout(std140) uniform projectUniforms {
bool wrapLongitude;
int coordinateSystem;
vec3 commonUnitsPerMeter;
int projectionMode;
float scale;
vec3 commonUnitsPerWorldUnit;
vec3 commonUnitsPerWorldUnit2;
vec4 center;
mat4 modelMatrix;
mat4 viewProjectionMatrix;
vec2 viewportSize;
float devicePixelRatio;
float focalDistance;
vec3 cameraPosition;
vec3 coordinateOrigin;
vec3 commonOrigin;
bool pseudoMeters;
} project;
const float TILE_SIZE = 512.0;
const float PI = 3.1415926536;
const float WORLD_SCALE = TILE_SIZE / (PI * 2.0);
const vec3 ZERO_64_LOW = vec3(0.0);
const float EARTH_RADIUS = 6370972.0;
const float GLOBE_RADIUS = 256.0;
float project_size_at_latitude(float lat) {
float y = clamp(lat, -89.9, 89.9);
return 1.0 / cos(radians(y));
}
float project_size() {
if (project.projectionMode == PROJECTION_MODE_WEB_MERCATOR &&
project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT &&
project.pseudoMeters == false) {
if (geometry.position.w == 0.0) {
return project_size_at_latitude(geometry.worldPosition.y);
}
float y = geometry.position.y / TILE_SIZE * 2.0 - 1.0;
float y2 = y * y;
float y4 = y2 * y2;
float y6 = y4 * y2;
return 1.0 + 4.9348 * y2 + 4.0587 * y4 + 1.5642 * y6;
}
return 1.0;
}
float project_size_at_latitude(float meters, float lat) {
return meters * project.commonUnitsPerMeter.z * project_size_at_latitude(lat);
}
float project_size(float meters) {
return meters * project.commonUnitsPerMeter.z * project_size();
}
vec2 project_size(vec2 meters) {
return meters * project.commonUnitsPerMeter.xy * project_size();
}
vec3 project_size(vec3 meters) {
return meters * project.commonUnitsPerMeter * project_size();
}
vec4 project_size(vec4 meters) {
return vec4(meters.xyz * project.commonUnitsPerMeter, meters.w);
}
mat3 project_get_orientation_matrix(vec3 up) {
vec3 uz = normalize(up);
vec3 ux = abs(uz.z) == 1.0 ? vec3(1.0, 0.0, 0.0) : normalize(vec3(uz.y, -uz.x, 0));
vec3 uy = cross(uz, ux);
return mat3(ux, uy, uz);
}
bool project_needs_rotation(vec3 commonPosition, out mat3 transform) {
if (project.projectionMode == PROJECTION_MODE_GLOBE) {
transform = project_get_orientation_matrix(commonPosition);
return true;
}
return false;
}
vec3 project_normal(vec3 vector) {
vec4 normal_modelspace = project.modelMatrix * vec4(vector, 0.0);
vec3 n = normalize(normal_modelspace.xyz * project.commonUnitsPerMeter);
mat3 rotation;
if (project_needs_rotation(geometry.position.xyz, rotation)) {
n = rotation * n;
}
return n;
}
vec4 project_offset_(vec4 offset) {
float dy = offset.y;
vec3 commonUnitsPerWorldUnit = project.commonUnitsPerWorldUnit + project.commonUnitsPerWorldUnit2 * dy;
return vec4(offset.xyz * commonUnitsPerWorldUnit, offset.w);
}
vec2 project_mercator_(vec2 lnglat) {
float x = lnglat.x;
if (project.wrapLongitude) {
x = mod(x + 180., 360.0) - 180.;
}
float y = clamp(lnglat.y, -89.9, 89.9);
return vec2(
radians(x) + PI,
PI + log(tan_fp32(PI * 0.25 + radians(y) * 0.5))
) * WORLD_SCALE;
}
vec3 project_globe_(vec3 lnglatz) {
float lambda = radians(lnglatz.x);
float phi = radians(lnglatz.y);
float cosPhi = cos(phi);
float D = (lnglatz.z / EARTH_RADIUS + 1.0) * GLOBE_RADIUS;
return vec3(
sin(lambda) * cosPhi,
-cos(lambda) * cosPhi,
sin(phi)
) * D;
}
vec4 project_position(vec4 position, vec3 position64Low) {
vec4 position_world = project.modelMatrix * position;
if (project.projectionMode == PROJECTION_MODE_WEB_MERCATOR) {
if (project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT) {
return vec4(
project_mercator_(position_world.xy),
project_size_at_latitude(position_world.z, position_world.y),
position_world.w
);
}
if (project.coordinateSystem == COORDINATE_SYSTEM_CARTESIAN) {
position_world.xyz += project.coordinateOrigin;
}
}
if (project.projectionMode == PROJECTION_MODE_GLOBE) {
if (project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT) {
return vec4(
project_globe_(position_world.xyz),
position_world.w
);
}
if (project.coordinateSystem == COORDINATE_SYSTEM_METER_OFFSETS) {
mat3 enuMatrix = project_get_orientation_matrix(project.commonOrigin);
float metersToCommon = GLOBE_RADIUS / EARTH_RADIUS;
vec3 offsetCommon = (enuMatrix * vec3(-position_world.xy, position_world.z)) * metersToCommon;
return vec4(project.commonOrigin + offsetCommon, position_world.w);
}
}
if (project.projectionMode == PROJECTION_MODE_WEB_MERCATOR_AUTO_OFFSET) {
if (project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT) {
if (abs(position_world.y - project.coordinateOrigin.y) > 0.25) {
return vec4(
project_mercator_(position_world.xy) - project.commonOrigin.xy,
project_size(position_world.z),
position_world.w
);
}
}
}
if (project.projectionMode == PROJECTION_MODE_IDENTITY ||
(project.projectionMode == PROJECTION_MODE_WEB_MERCATOR_AUTO_OFFSET &&
(project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT ||
project.coordinateSystem == COORDINATE_SYSTEM_CARTESIAN))) {
position_world.xyz -= project.coordinateOrigin;
}
return project_offset_(position_world) + project_offset_(project.modelMatrix * vec4(position64Low, 0.0));
}
vec4 project_position(vec4 position) {
return project_position(position, ZERO_64_LOW);
}
vec3 project_position(vec3 position, vec3 position64Low) {
vec4 projected_position = project_position(vec4(position, 1.0), position64Low);
return projected_position.xyz;
}
vec3 project_position(vec3 position) {
vec4 projected_position = project_position(vec4(position, 1.0), ZERO_64_LOW);
return projected_position.xyz;
}
vec2 project_position(vec2 position) {
vec4 projected_position = project_position(vec4(position, 0.0, 1.0), ZERO_64_LOW);
return projected_position.xy;
}
vec4 project_common_position_to_clipspace(vec4 position, mat4 viewProjectionMatrix, vec4 center) {
return viewProjectionMatrix * position + center;
}
vec4 project_common_position_to_clipspace(vec4 position) {
return project_common_position_to_clipspace(position, project.viewProjectionMatrix, project.center);
}
vec2 project_pixel_size_to_clipspace(vec2 pixels) {
vec2 offset = pixels / project.viewportSize * project.devicePixelRatio * 2.0;
return offset * project.focalDistance;
}
float project_size_to_pixel(float meters) {
return project_size(meters) * project.scale;
}
vec2 project_size_to_pixel(vec2 meters) {
return project_size(meters) * project.scale;
}
float project_size_to_pixel(float size, int unit) {
if (unit == UNIT_METERS) return project_size_to_pixel(size);
if (unit == UNIT_COMMON) return size * project.scale;
return size;
}
float project_pixel_size(float pixels) {
return pixels / project.scale;
}
vec2 project_pixel_size(vec2 pixels) {
return pixels / project.scale;
}
`;var jL={};function WL(i=jL){return"viewport"in i?ob(i):{}}var Br={name:"project",dependencies:[_y,Mu],source:ab,vs:cb,getUniforms:WL,uniformTypes:{wrapLongitude:"f32",coordinateSystem:"i32",commonUnitsPerMeter:"vec3<f32>",projectionMode:"i32",scale:"f32",commonUnitsPerWorldUnit:"vec3<f32>",commonUnitsPerWorldUnit2:"vec3<f32>",center:"vec4<f32>",modelMatrix:"mat4x4<f32>",viewProjectionMatrix:"mat4x4<f32>",viewportSize:"vec2<f32>",devicePixelRatio:"f32",focalDistance:"f32",cameraPosition:"vec3<f32>",coordinateOrigin:"vec3<f32>",commonOrigin:"vec3<f32>",pseudoMeters:"f32"}};var GL=`// Define a structure to hold both the clip-space position and the common position.
struct ProjectResult {
  clipPosition: vec4<f32>,
  commonPosition: vec4<f32>,
};

// This function mimics the GLSL version with the 'out' parameter by returning both values.
fn project_position_to_clipspace_and_commonspace(
    position: vec3<f32>,
    position64Low: vec3<f32>,
    offset: vec3<f32>
) -> ProjectResult {
  // Compute the projected position.
  let projectedPosition: vec3<f32> = project_position_vec3_f64(position, position64Low);

  // Start with the provided offset.
  var finalOffset: vec3<f32> = offset;

  // Get whether a rotation is needed and the rotation matrix.
  let rotationResult = project_needs_rotation(projectedPosition);

  // If rotation is needed, update the offset.
  if (rotationResult.needsRotation) {
    finalOffset = rotationResult.transform * offset;
  }

  // Compute the common position.
  let commonPosition: vec4<f32> = vec4<f32>(projectedPosition + finalOffset, 1.0);

  // Convert to clip-space.
  let clipPosition: vec4<f32> = project_common_position_to_clipspace(commonPosition);

  return ProjectResult(clipPosition, commonPosition);
}

// A convenience overload that returns only the clip-space position.
fn project_position_to_clipspace(
    position: vec3<f32>,
    position64Low: vec3<f32>,
    offset: vec3<f32>
) -> vec4<f32> {
  return project_position_to_clipspace_and_commonspace(position, position64Low, offset).clipPosition;
}
`,HL=`vec4 project_position_to_clipspace(
  vec3 position, vec3 position64Low, vec3 offset, out vec4 commonPosition
) {
  vec3 projectedPosition = project_position(position, position64Low);
  mat3 rotation;
  if (project_needs_rotation(projectedPosition, rotation)) {
    // offset is specified as ENU
    // when in globe projection, rotate offset so that the ground alighs with the surface of the globe
    offset = rotation * offset;
  }
  commonPosition = vec4(projectedPosition + offset, 1.0);
  return project_common_position_to_clipspace(commonPosition);
}

vec4 project_position_to_clipspace(
  vec3 position, vec3 position64Low, vec3 offset
) {
  vec4 commonPosition;
  return project_position_to_clipspace(position, position64Low, offset, commonPosition);
}
`,Ie={name:"project32",dependencies:[Br],source:GL,vs:HL};function Vm(){return[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]}function an(i,t){let e=qi.transformMat4([],t,i);return qi.scale(e,e,1/e[3]),e}function Ha(i,t,e){return i<t?t:i>e?e:i}function $L(i){return Math.log(i)*Math.LOG2E}var $a=Math.log2||$L;function Pi(i,t){if(!i)throw new Error(t||"@math.gl/web-mercator: assertion failed.")}var Ei=Math.PI,lb=Ei/4,ri=Ei/180,jm=180/Ei,qs=512,zu=4003e4,Xs=85.051129,fb=1.5;function Wm(i){return $a(i)}function ni(i){let[t,e]=i;Pi(Number.isFinite(t)),Pi(Number.isFinite(e)&&e>=-90&&e<=90,"invalid latitude");let r=t*ri,n=e*ri,s=qs*(r+Ei)/(2*Ei),o=qs*(Ei+Math.log(Math.tan(lb+n*.5)))/(2*Ei);return[s,o]}function $e(i){let[t,e]=i,r=t/qs*(2*Ei)-Ei,n=2*(Math.atan(Math.exp(e/qs*(2*Ei)-Ei))-lb);return[r*jm,n*jm]}function Gm(i){let{latitude:t}=i;Pi(Number.isFinite(t));let e=Math.cos(t*ri);return Wm(zu*e)-9}function Ya(i){let t=Math.cos(i*ri);return qs/zu/t}function Ks(i){let{latitude:t,longitude:e,highPrecision:r=!1}=i;Pi(Number.isFinite(t)&&Number.isFinite(e));let n=qs,s=Math.cos(t*ri),o=n/360,a=o/s,c=n/zu/s,l={unitsPerMeter:[c,c,c],metersPerUnit:[1/c,1/c,1/c],unitsPerDegree:[o,a,c],degreesPerUnit:[1/o,1/a,1/c]};if(r){let f=ri*Math.tan(t*ri)/s,u=o*f/2,d=n/zu*f,h=d/a*c;l.unitsPerDegree2=[0,u,d],l.unitsPerMeter2=[h,0,h]}return l}function Za(i,t){let[e,r,n]=i,[s,o,a]=t,{unitsPerMeter:c,unitsPerMeter2:l}=Ks({longitude:e,latitude:r,highPrecision:!0}),f=ni(i);f[0]+=s*(c[0]+l[0]*o),f[1]+=o*(c[1]+l[1]*o);let u=$e(f),d=(n||0)+(a||0);return Number.isFinite(n)||Number.isFinite(a)?[u[0],u[1],d]:u}function Vu(i){let{height:t,pitch:e,bearing:r,altitude:n,scale:s,center:o}=i,a=Vm();Gt.translate(a,a,[0,0,-n]),Gt.rotateX(a,a,-e*ri),Gt.rotateZ(a,a,r*ri);let c=s/t;return Gt.scale(a,a,[c,c,c]),o&&Gt.translate(a,a,Vs.negate([],o)),a}function Hm(i){let{width:t,height:e,altitude:r,pitch:n=0,offset:s,center:o,scale:a,nearZMultiplier:c=1,farZMultiplier:l=1}=i,{fovy:f=Hn(fb)}=i;r!==void 0&&(f=Hn(r));let u=f*ri,d=n*ri,h=qa(f),p=h;o&&(p+=o[2]*a/Math.cos(d)/e);let g=u*(.5+(s?s[1]:0)/e),m=Math.sin(g)*p/Math.sin(Ha(Math.PI/2-d-g,.01,Math.PI-.01)),_=Math.sin(d)*m+p,b=p*10,v=Math.min(_*l,b);return{fov:u,aspect:t/e,focalDistance:h,near:c,far:v}}function Hn(i){return 2*Math.atan(.5/i)*jm}function qa(i){return .5/Math.tan(.5*i*ri)}function cn(i,t){let[e,r,n=0]=i;return Pi(Number.isFinite(e)&&Number.isFinite(r)&&Number.isFinite(n)),an(t,[e,r,n,1])}function ln(i,t,e=0){let[r,n,s]=i;if(Pi(Number.isFinite(r)&&Number.isFinite(n),"invalid pixel coordinate"),Number.isFinite(s))return an(t,[r,n,s,1]);let o=an(t,[r,n,0,1]),a=an(t,[r,n,1,1]),c=o[2],l=a[2],f=c===l?0:((e||0)-c)/(l-c);return wi.lerp([],o,a,f)}function ju(i){let{width:t,height:e,bounds:r,minExtent:n=0,maxZoom:s=24,offset:o=[0,0]}=i,[[a,c],[l,f]]=r,u=YL(i.padding),d=ni([a,Ha(f,-Xs,Xs)]),h=ni([l,Ha(c,-Xs,Xs)]),p=[Math.max(Math.abs(h[0]-d[0]),n),Math.max(Math.abs(h[1]-d[1]),n)],g=[t-u.left-u.right-Math.abs(o[0])*2,e-u.top-u.bottom-Math.abs(o[1])*2];Pi(g[0]>0&&g[1]>0);let m=g[0]/p[0],_=g[1]/p[1],b=(u.right-u.left)/2/m,v=(u.top-u.bottom)/2/_,x=[(h[0]+d[0])/2+b,(h[1]+d[1])/2+v],w=$e(x),S=Math.min(s,$a(Math.abs(Math.min(m,_))));return Pi(Number.isFinite(S)),{longitude:w[0],latitude:w[1],zoom:S}}function YL(i=0){return typeof i=="number"?{top:i,bottom:i,left:i,right:i}:(Pi(Number.isFinite(i.top)&&Number.isFinite(i.bottom)&&Number.isFinite(i.left)&&Number.isFinite(i.right)),i)}var ub=Math.PI/180;function Wu(i,t=0){let{width:e,height:r,unproject:n}=i,s={targetZ:t},o=n([0,r],s),a=n([e,r],s),c,l,f=i.fovy?.5*i.fovy*ub:Math.atan(.5/i.altitude),u=(90-i.pitch)*ub;return f>u-.01?(c=db(i,0,t),l=db(i,e,t)):(c=n([0,0],s),l=n([e,0],s)),[o,a,l,c]}function db(i,t,e){let{pixelUnprojectionMatrix:r}=i,n=an(r,[t,0,1,1]),s=an(r,[t,i.height,1,1]),a=(e*i.distanceScales.unitsPerMeter[2]-n[2])/(s[2]-n[2]),c=wi.lerp([],n,s,a),l=$e(c);return l.push(e),l}var pb=`
layout(std140) uniform shadowUniforms {
  bool drawShadowMap;
  bool useShadowMap;
  vec4 color;
  highp int lightId;
  float lightCount;
  mat4 viewProjectionMatrix0;
  mat4 viewProjectionMatrix1;
  vec4 projectCenter0;
  vec4 projectCenter1;
} shadow;
`,XL=`
const int max_lights = 2;

out vec3 shadow_vPosition[max_lights];

vec4 shadow_setVertexPosition(vec4 position_commonspace) {
  mat4 viewProjectionMatrices[max_lights];
  viewProjectionMatrices[0] = shadow.viewProjectionMatrix0;
  viewProjectionMatrices[1] = shadow.viewProjectionMatrix1;
  vec4 projectCenters[max_lights];
  projectCenters[0] = shadow.projectCenter0;
  projectCenters[1] = shadow.projectCenter1;

  if (shadow.drawShadowMap) {
    return project_common_position_to_clipspace(position_commonspace, viewProjectionMatrices[shadow.lightId], projectCenters[shadow.lightId]);
  }
  if (shadow.useShadowMap) {
    for (int i = 0; i < max_lights; i++) {
      if(i < int(shadow.lightCount)) {
        vec4 shadowMap_position = project_common_position_to_clipspace(position_commonspace, viewProjectionMatrices[i], projectCenters[i]);
        shadow_vPosition[i] = (shadowMap_position.xyz / shadowMap_position.w + 1.0) / 2.0;
      }
    }
  }
  return gl_Position;
}
`,KL=`
${pb}
${XL}
`,JL=`
const int max_lights = 2;
uniform sampler2D shadow_uShadowMap0;
uniform sampler2D shadow_uShadowMap1;

in vec3 shadow_vPosition[max_lights];

const vec4 bitPackShift = vec4(1.0, 255.0, 65025.0, 16581375.0);
const vec4 bitUnpackShift = 1.0 / bitPackShift;
const vec4 bitMask = vec4(1.0 / 255.0, 1.0 / 255.0, 1.0 / 255.0,  0.0);

float shadow_getShadowWeight(vec3 position, sampler2D shadowMap) {
  vec4 rgbaDepth = texture(shadowMap, position.xy);

  float z = dot(rgbaDepth, bitUnpackShift);
  return smoothstep(0.001, 0.01, position.z - z);
}

vec4 shadow_filterShadowColor(vec4 color) {
  if (shadow.drawShadowMap) {
    vec4 rgbaDepth = fract(gl_FragCoord.z * bitPackShift);
    rgbaDepth -= rgbaDepth.gbaa * bitMask;
    return rgbaDepth;
  }
  if (shadow.useShadowMap) {
    float shadowAlpha = 0.0;
    shadowAlpha += shadow_getShadowWeight(shadow_vPosition[0], shadow_uShadowMap0);
    if(shadow.lightCount > 1.0) {
      shadowAlpha += shadow_getShadowWeight(shadow_vPosition[1], shadow_uShadowMap1);
    }
    shadowAlpha *= shadow.color.a / shadow.lightCount;
    float blendedAlpha = shadowAlpha + color.a * (1.0 - shadowAlpha);

    return vec4(
      mix(color.rgb, shadow.color.rgb, shadowAlpha / blendedAlpha),
      blendedAlpha
    );
  }
  return color;
}
`,QL=`
${pb}
${JL}
`,t2=Ki(s2),e2=Ki(o2),i2=[0,0,0,1],r2=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0];function n2(i,t){let[e,r,n]=i,s=ln([e,r,n],t);return Number.isFinite(n)?s:[s[0],s[1],0]}function s2({viewport:i,center:t}){return new ie(i.viewProjectionMatrix).invert().transform(t)}function o2({viewport:i,shadowMatrices:t}){let e=[],r=i.pixelUnprojectionMatrix,n=i.isGeospatial?void 0:1,s=[[0,0,n],[i.width,0,n],[0,i.height,n],[i.width,i.height,n],[0,0,-1],[i.width,0,-1],[0,i.height,-1],[i.width,i.height,-1]].map(o=>n2(o,r));for(let o of t){let a=o.clone().translate(new ue(i.center).negate()),c=s.map(f=>a.transform(f)),l=new ie().ortho({left:Math.min(...c.map(f=>f[0])),right:Math.max(...c.map(f=>f[0])),bottom:Math.min(...c.map(f=>f[1])),top:Math.max(...c.map(f=>f[1])),near:Math.min(...c.map(f=>-f[2])),far:Math.max(...c.map(f=>-f[2]))});e.push(l.multiplyRight(o))}return e}function a2(i){let{shadowEnabled:t=!0,project:e}=i;if(!t||!e||!i.shadowMatrices||!i.shadowMatrices.length)return{drawShadowMap:!1,useShadowMap:!1,shadow_uShadowMap0:i.dummyShadowMap,shadow_uShadowMap1:i.dummyShadowMap};let r=Br.getUniforms(e),n=t2({viewport:e.viewport,center:r.center}),s=[],o=e2({shadowMatrices:i.shadowMatrices,viewport:e.viewport}).slice();for(let c=0;c<i.shadowMatrices.length;c++){let l=o[c],f=l.clone().translate(new ue(e.viewport.center).negate());r.coordinateSystem===Gn("lnglat")&&r.projectionMode===Zt.WEB_MERCATOR?(o[c]=f,s[c]=n):(o[c]=l.clone().multiplyRight(r2),s[c]=f.transform(n))}let a={drawShadowMap:!!i.drawToShadowMap,useShadowMap:i.shadowMaps?i.shadowMaps.length>0:!1,color:i.shadowColor||i2,lightId:i.shadowLightId||0,lightCount:i.shadowMatrices.length,shadow_uShadowMap0:i.dummyShadowMap,shadow_uShadowMap1:i.dummyShadowMap};for(let c=0;c<o.length;c++)a[`viewProjectionMatrix${c}`]=o[c],a[`projectCenter${c}`]=s[c];for(let c=0;c<2;c++)a[`shadow_uShadowMap${c}`]=i.shadowMaps&&i.shadowMaps[c]||i.dummyShadowMap;return a}var Gu={name:"shadow",dependencies:[Br],vs:KL,fs:QL,inject:{"vs:DECKGL_FILTER_GL_POSITION":`
    position = shadow_setVertexPosition(geometry.position);
    `,"fs:DECKGL_FILTER_COLOR":`
    color = shadow_filterShadowColor(color);
    `},getUniforms:a2,uniformTypes:{drawShadowMap:"f32",useShadowMap:"f32",color:"vec4<f32>",lightId:"i32",lightCount:"f32",viewProjectionMatrix0:"mat4x4<f32>",viewProjectionMatrix1:"mat4x4<f32>",projectCenter0:"vec4<f32>",projectCenter1:"vec4<f32>"}};var Hu=10,Xa=16777215;function gb(i,t){i.length===Hu?R.warn(`pickMultipleObjects can only exclude ${Hu} previously picked objects for layers without picking buffers`)():i.push(t)}var c2=`  float disabledPickingIndexCount;
  vec4 disabledPickingIndices0;
  vec4 disabledPickingIndices1;
  vec4 disabledPickingIndices2;
`;function mb(i){return i.replace(`  vec4 highlightColor;
} picking;`,`  vec4 highlightColor;
${c2}} picking;`)}function $m(i,t){return[i[t]||0,i[t+1]||0,i[t+2]||0,i[t+3]||0]}var l2=`vec3 picking_getPickingColorFromIndex(float objectIndex) {
  if (objectIndex < 0.0 || objectIndex >= ${Xa}.0) {
    return vec3(0.0);
  }

  for (int i = 0; i < ${Hu}; i++) {
    if (float(i) >= picking.disabledPickingIndexCount) {
      break;
    }
    vec4 disabledIndices = i < 4
      ? picking.disabledPickingIndices0
      : (i < 8 ? picking.disabledPickingIndices1 : picking.disabledPickingIndices2);
    float disabledIndex = disabledIndices[i - (i / 4) * 4];
    if (disabledIndex == objectIndex) {
      return vec3(0.0);
    }
  }

  float encodedIndex = objectIndex + 1.0;
  return vec3(
    mod(encodedIndex, 256.0),
    mod(floor(encodedIndex / 256.0), 256.0),
    mod(floor(encodedIndex / 65536.0), 256.0)
  );
}

vec3 picking_getPickingColorFromIndex(uint objectIndex) {
  return picking_getPickingColorFromIndex(float(objectIndex));
}

vec3 picking_getPickingColorFromInstanceID() {
  return picking_getPickingColorFromIndex(float(gl_InstanceID));
}

void picking_setPickingColorFromInstanceID() {
  picking_setPickingColor(picking_getPickingColorFromInstanceID());
}
`,f2=`struct pickingUniforms {
  isActive: f32,
  isAttribute: f32,
  isHighlightActive: f32,
  useByteColors: f32,
  highlightedObjectColor: vec3<f32>,
  highlightColor: vec4<f32>,
  disabledPickingIndexCount: f32,
  disabledPickingIndices0: vec4<f32>,
  disabledPickingIndices1: vec4<f32>,
  disabledPickingIndices2: vec4<f32>,
};

@group(0) @binding(auto) var<uniform> picking: pickingUniforms;

fn picking_normalizeColor(color: vec3<f32>) -> vec3<f32> {
  return select(color, color / 255.0, picking.useByteColors > 0.5);
}

fn picking_normalizeColor4(color: vec4<f32>) -> vec4<f32> {
  return select(color, color / 255.0, picking.useByteColors > 0.5);
}

fn picking_isColorZero(color: vec3<f32>) -> bool {
  return dot(color, vec3<f32>(1.0)) < 0.00001;
}

fn picking_isColorValid(color: vec3<f32>) -> bool {
  return dot(color, vec3<f32>(1.0)) > 0.00001;
}

fn picking_getPickingColorFromIndex(objectIndex: u32) -> vec3<f32> {
  if (objectIndex >= ${Xa}u) {
    return vec3<f32>(0.0);
  }

  for (var i = 0; i < ${Hu}; i = i + 1) {
    if (f32(i) >= picking.disabledPickingIndexCount) {
      break;
    }
    let disabledIndices = select(
      picking.disabledPickingIndices2,
      select(picking.disabledPickingIndices1, picking.disabledPickingIndices0, i < 4),
      i < 8
    );
    let disabledIndex = disabledIndices[i % 4];
    if (disabledIndex == f32(objectIndex)) {
      return vec3<f32>(0.0);
    }
  }

  let encodedIndex = objectIndex + 1u;
  return vec3<f32>(
    f32(encodedIndex % 256u),
    f32((encodedIndex / 256u) % 256u),
    f32((encodedIndex / 65536u) % 256u)
  ) / 255.0;
}
`,Te={...gn,vs:`${mb(gn.vs)}
${l2}`,fs:mb(gn.fs),source:f2,uniformTypes:{...gn.uniformTypes,disabledPickingIndexCount:"f32",disabledPickingIndices0:"vec4<f32>",disabledPickingIndices1:"vec4<f32>",disabledPickingIndices2:"vec4<f32>"},defaultUniforms:{...gn.defaultUniforms,useByteColors:!0,disabledPickingIndexCount:0,disabledPickingIndices0:[0,0,0,0],disabledPickingIndices1:[0,0,0,0],disabledPickingIndices2:[0,0,0,0]},getUniforms(i,t){let e=gn.getUniforms(i,t),r=i.disabledPickingIndices||[];return e.disabledPickingIndexCount=r.length,e.disabledPickingIndices0=$m(r,0),e.disabledPickingIndices1=$m(r,4),e.disabledPickingIndices2=$m(r,8),e},inject:{"vs:DECKGL_FILTER_GL_POSITION":`
    // for picking depth values
    picking_setPickingAttribute(position.z / position.w);
  `,"vs:DECKGL_FILTER_COLOR":`
  picking_setPickingColor(geometry.pickingColor);
  `,"fs:DECKGL_FILTER_COLOR":{order:99,injection:`
  // use highlight color if this fragment belongs to the selected object.
  color = picking_filterHighlightColor(color);

  // use picking color if rendering to picking FBO.
  color = picking_filterPickingColor(color);
    `}}};var d2=[Mu],h2=["vs:DECKGL_FILTER_SIZE(inout vec3 size, VertexGeometry geometry)","vs:DECKGL_FILTER_GL_POSITION(inout vec4 position, VertexGeometry geometry)","vs:DECKGL_FILTER_COLOR(inout vec4 color, VertexGeometry geometry)","fs:DECKGL_FILTER_COLOR(inout vec4 color, FragmentGeometry geometry)"],p2=[];function yb(i){let t=vy.getDefaultShaderAssembler(i);for(let r of d2)t.addDefaultModule(r);t._hookFunctions.length=0;let e=i==="glsl"?h2:p2;for(let r of e)t.addShaderHook(r);return t}var m2=[255,255,255],g2=1,y2=0,$u=class{constructor(t={}){this.type="ambient";let{color:e=m2}=t,{intensity:r=g2}=t;this.id=t.id||`ambient-${y2++}`,this.color=e,this.intensity=r}};var v2=[255,255,255],_2=1,x2=[0,0,-1],b2=0,Ka=class{constructor(t={}){this.type="directional";let{color:e=v2}=t,{intensity:r=_2}=t,{direction:n=x2}=t,{_shadow:s=!1}=t;this.id=t.id||`directional-${b2++}`,this.color=e,this.intensity=r,this.type="directional",this.direction=new ue(n).normalize().toArray(),this.shadow=s}getProjectedLight(t){return this}};var Ja=class{constructor(t,e={id:"pass"}){let{id:r}=e;this.id=r,this.device=t,this.props={...e}}setProps(t){Object.assign(this.props,t)}render(t){}cleanup(){}};var w2={depthWriteEnabled:!0,depthCompare:"less-equal",blendColorOperation:"add",blendColorSrcFactor:"one",blendColorDstFactor:"one-minus-src-alpha",blendAlphaOperation:"add",blendAlphaSrcFactor:"one",blendAlphaDstFactor:"one-minus-src-alpha"},Rr=class extends Ja{constructor(){super(...arguments),this._lastRenderIndex=-1}render(t){this._render(t)}_render(t){let{canvasContext:e=this.device.canvasContext}=t,r=t.target??e.getCurrentFramebuffer(),[n,s]=e.getDrawingBufferSize(),o=t.clearCanvas??!0,a=t.clearColor??(o?[0,0,0,0]:!1),c=o?1:!1,l=o?0:!1,f=t.colorMask??15,u={viewport:[0,0,n,s]};t.colorMask&&(u.colorMask=f),t.scissorRect&&(u.scissorRect=t.scissorRect);let{shaderModuleProps:d,viewports:h,views:p,onViewportActive:g,clearStack:m=!0}=t,_=t.pass||"unknown",b=this.device.type==="webgpu";m&&(this._lastRenderIndex=-1);let v=[];if(!h.length)return this.device.beginRenderPass({framebuffer:r,parameters:u,clearColor:a,clearDepth:c,clearStencil:l}).end(),this.device.submit(),v;try{for(let x of h){g?.(x);let w=this._getDrawLayerParams(x,t),S=p&&p[x.id],E=x.subViewports||[x],T=b?E.map(A=>[A]):[E];for(let A of T){let P=this.device.beginRenderPass({framebuffer:r,parameters:u,clearColor:a,clearDepth:c,clearStencil:l});try{for(let $ of A){let N=this._drawLayersInViewport(P,{target:r,canvasContext:e,shaderModuleProps:d,viewport:$,view:S,pass:_,layers:t.layers,isPicking:t.isPicking},w);v.push(N)}}finally{P.end(),b&&this.device.submit()}a=!1,c=!1,l=!1}}return v}finally{b||this.device.submit()}}_getDrawLayerParams(t,{layers:e,pass:r,isPicking:n=!1,layerFilter:s,cullRect:o,views:a,effects:c,canvasContext:l=this.device.canvasContext,shaderModuleProps:f},u=!1){let d=[],h=_b(this._lastRenderIndex+1),p={layer:e[0],viewport:t,isPicking:n,renderPass:r,cullRect:o},g={};for(let m=0;m<e.length;m++){let _=e[m],b=this._shouldDrawLayer(_,p,s,g),v={shouldDrawLayer:b};if(b&&!u){v.shouldDrawLayer=!0,v.layerRenderIndex=h(_,b),v.shaderModuleProps=this._getShaderModuleProps(_,c,r,l,f);let x=_.context.device.type==="webgpu"?w2:null;v.layerParameters={...x,..._.context.deck?.props.parameters,...a?.[t.id]?.props.parameters,...this.getLayerParameters(_,m,t)}}d[m]=v}return d}_drawLayersInViewport(t,{layers:e,shaderModuleProps:r,pass:n,target:s,canvasContext:o,viewport:a,view:c,isPicking:l},f){let u=S2(this.device,{canvasContext:o,shaderModuleProps:r,target:s,viewport:a});if(c){let{clear:h,clearColor:p,clearDepth:g,clearStencil:m}=c.props;if(h){let _=[0,0,0,0],b=1,v=0;Array.isArray(p)&&!l?_=[...p.slice(0,3),p[3]||255].map(w=>w/255):p===!1&&(_=!1),g!==void 0&&(b=g),m!==void 0&&(v=m),this.device.beginRenderPass({framebuffer:s,parameters:{viewport:u,scissorRect:u},clearColor:_,clearDepth:b,clearStencil:v}).end()}}let d={totalCount:e.length,visibleCount:0,compositeCount:0,pickableCount:0};t.setParameters({viewport:u});for(let h=0;h<e.length;h++){let p=e[h],g=f[h],{shouldDrawLayer:m}=g;if(m&&p.props.pickable&&d.pickableCount++,p.isComposite&&d.compositeCount++,p.isDrawable&&g.shouldDrawLayer){let{layerRenderIndex:_,shaderModuleProps:b,layerParameters:v}=g;d.visibleCount++,this._lastRenderIndex=Math.max(this._lastRenderIndex,_),b.project&&(b.project.viewport=a),p.context.renderPass=t;try{p._drawLayer({renderPass:t,shaderModuleProps:b,uniforms:{layerIndex:_},parameters:v})}catch(x){p.raiseError(x,`drawing ${p} to ${n}`)}}}return d}shouldDrawLayer(t){return!0}getShaderModuleProps(t,e,r){return null}getLayerParameters(t,e,r){return t.props.parameters}_shouldDrawLayer(t,e,r,n){if(!(t.props.visible&&this.shouldDrawLayer(t)))return!1;e.layer=t;let o=t.parent;for(;o;){if(!o.props.visible||!o.filterSubLayer(e))return!1;e.layer=o,o=o.parent}if(r){let a=e.layer.id;if(a in n||(n[a]=r(e)),!n[a])return!1}return t.activateViewport(e.viewport),!0}_getShaderModuleProps(t,e,r,n,s){let o=n.cssToDeviceRatio(),a=t.internalState?.propsInTransition||t.props,c={layer:a,picking:{isActive:!1},project:{viewport:t.context.viewport,devicePixelRatio:o,modelMatrix:a.modelMatrix,coordinateSystem:a.coordinateSystem,coordinateOrigin:a.coordinateOrigin,autoWrapLongitude:t.wrapLongitude}};if(e)for(let l of e)vb(c,l.getShaderModuleProps?.(t,c));for(let l of t.context.defaultShaderModules)l.name in c||(c[l.name]={});return vb(c,this.getShaderModuleProps(t,e,c),s)}};function _b(i=0,t={}){let e={},r=(n,s)=>{let o=n.props._offset,a=n.id,c=n.parent&&n.parent.id,l;if(c&&!(c in t)&&r(n.parent,!1),c in e){let f=e[c]=e[c]||_b(t[c],t);l=f(n,s),e[a]=f}else Number.isFinite(o)?(l=o+(t[c]||0),e[a]=null):l=i;return s&&l>=i&&(i=l+1),t[a]=l,l};return r}function S2(i,{canvasContext:t=i.canvasContext,shaderModuleProps:e,target:r,viewport:n}){let s=e?.project?.devicePixelRatio??t.cssToDeviceRatio(),[,o]=t.getDrawingBufferSize(),a=r?r.height:o,c=n;return[c.x*s,a-(c.y+c.height)*s,c.width*s,c.height*s]}function vb(i,...t){for(let e of t)if(e)for(let r in e)i[r]?Object.assign(i[r],e[r]):i[r]=e[r];return i}var Qa=class extends Rr{constructor(t,e){super(t,e);let r=t.createTexture({format:"rgba8unorm",width:1,height:1,sampler:{minFilter:"linear",magFilter:"linear",addressModeU:"clamp-to-edge",addressModeV:"clamp-to-edge"}}),n=t.createTexture({format:"depth16unorm",width:1,height:1});this.fbo=t.createFramebuffer({id:"shadowmap",width:1,height:1,colorAttachments:[r],depthStencilAttachment:n})}delete(){this.fbo&&(this.fbo.destroy(),this.fbo=null)}getShadowMap(){return this.fbo.colorAttachments[0].texture}render(t){let e=this.fbo,r=this.device.canvasContext.cssToDeviceRatio(),n=t.viewports[0],s=n.width*r,o=n.height*r,a=[1,1,1,1];(s!==e.width||o!==e.height)&&e.resize({width:s,height:o}),super.render({...t,clearColor:a,target:e,pass:"shadow"})}getLayerParameters(t,e,r){return{...t.props.parameters,blend:!1,depthWriteEnabled:!0,depthCompare:"less-equal"}}shouldDrawLayer(t){return t.props.shadowEnabled!==!1}getShaderModuleProps(t,e,r){return{shadow:{project:r.project,drawToShadowMap:!0}}}};var P2={color:[255,255,255],intensity:1},xb=[{color:[255,255,255],intensity:1,direction:[-1,3,-1]},{color:[255,255,255],intensity:.9,direction:[1,-8,-2.5]}],E2=[0,0,0,200/255],Js=class{constructor(t={}){this.id="lighting-effect",this.shadowColor=E2,this.shadow=!1,this.directionalLights=[],this.pointLights=[],this.shadowPasses=[],this.dummyShadowMap=null,this.setProps(t)}setup(t){this.context=t;let{device:e,deck:r}=t;this.shadow&&!this.dummyShadowMap&&(this._createShadowPasses(e),r._addDefaultShaderModule(Gu),this.dummyShadowMap=e.createTexture({width:1,height:1}))}setProps(t){this.ambientLight=void 0,this.directionalLights=[],this.pointLights=[];for(let e in t){let r=t[e];switch(r.type){case"ambient":this.ambientLight=r;break;case"directional":this.directionalLights.push(r);break;case"point":this.pointLights.push(r);break;default:}}this._applyDefaultLights(),this.shadow=this.directionalLights.some(e=>e.shadow),this.context&&this.setup(this.context),this.props=t}preRender({layers:t,layerFilter:e,viewports:r,onViewportActive:n,views:s}){if(this.shadow){this.shadowMatrices=this._calculateMatrices();for(let o=0;o<this.shadowPasses.length;o++)this.shadowPasses[o].render({layers:t,layerFilter:e,viewports:r,onViewportActive:n,views:s,shaderModuleProps:{shadow:{shadowLightId:o,dummyShadowMap:this.dummyShadowMap,shadowMatrices:this.shadowMatrices}}})}}getShaderModuleProps(t,e){let r=this.shadow?{project:e.project,shadowMaps:this.shadowPasses.map(o=>o.getShadowMap()),dummyShadowMap:this.dummyShadowMap,shadowColor:this.shadowColor,shadowMatrices:this.shadowMatrices}:{},n={enabled:!0,lights:this._getLights(t)},s=t.props.material;return{shadow:r,lighting:n,phongMaterial:s,gouraudMaterial:s}}cleanup(t){for(let e of this.shadowPasses)e.delete();this.shadowPasses.length=0,this.dummyShadowMap&&(this.dummyShadowMap.destroy(),this.dummyShadowMap=null,t.deck._removeDefaultShaderModule(Gu))}_calculateMatrices(){let t=[];for(let e of this.directionalLights){let r=new ie().lookAt({eye:new ue(e.direction).negate()});t.push(r)}return t}_createShadowPasses(t){for(let e=0;e<this.directionalLights.length;e++){let r=new Qa(t);this.shadowPasses[e]=r}}_applyDefaultLights(){let{ambientLight:t,pointLights:e,directionalLights:r}=this;!t&&e.length===0&&r.length===0&&(this.ambientLight=new $u(P2),this.directionalLights.push(new Ka(xb[0]),new Ka(xb[1])))}_getLights(t){let e=[];this.ambientLight&&e.push(this.ambientLight);for(let r of this.pointLights)e.push(r.getProjectedLight({layer:t}));for(let r of this.directionalLights)e.push(r.getProjectedLight({layer:t}));return e}};var Ym=class{constructor(t={}){this._pool=[],this.opts={overAlloc:2,poolSize:100},this.setOptions(t)}setOptions(t){Object.assign(this.opts,t)}allocate(t,e,{size:r=1,type:n,padding:s=0,copy:o=!1,initialize:a=!1,maxCount:c}){let l=n||t&&t.constructor||Float32Array,f=e*r+s;if(ArrayBuffer.isView(t)){if(f<=t.length)return t;if(f*t.BYTES_PER_ELEMENT<=t.buffer.byteLength)return new l(t.buffer,0,f)}let u=1/0;c&&(u=c*r+s);let d=this._allocate(l,f,a,u);return t&&o?d.set(t):a||d.fill(0,0,4),this._release(t),d}release(t){this._release(t)}_allocate(t,e,r,n){let s=Math.max(Math.ceil(e*this.opts.overAlloc),1);s>n&&(s=n);let o=this._pool,a=t.BYTES_PER_ELEMENT*s,c=o.findIndex(l=>l.byteLength>=a);if(c>=0){let l=new t(o.splice(c,1)[0],0,s);return r&&l.fill(0),l}return new t(s)}_release(t){if(!ArrayBuffer.isView(t))return;let e=this._pool,{buffer:r}=t,{byteLength:n}=r,s=e.findIndex(o=>o.byteLength>=n);s<0?e.push(r):(s>0||e.length<this.opts.poolSize)&&e.splice(s,0,r),e.length>this.opts.poolSize&&e.shift()}},Ii=new Ym;function to(){return[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]}function Zm(i,t){let e=i%t;return e<0?t+e:e}function wb(i){return[i[12],i[13],i[14]]}function Sb(i){return{left:Qs(i[3]+i[0],i[7]+i[4],i[11]+i[8],i[15]+i[12]),right:Qs(i[3]-i[0],i[7]-i[4],i[11]-i[8],i[15]-i[12]),bottom:Qs(i[3]+i[1],i[7]+i[5],i[11]+i[9],i[15]+i[13]),top:Qs(i[3]-i[1],i[7]-i[5],i[11]-i[9],i[15]-i[13]),near:Qs(i[3]+i[2],i[7]+i[6],i[11]+i[10],i[15]+i[14]),far:Qs(i[3]-i[2],i[7]-i[6],i[11]-i[10],i[15]-i[14])}}var bb=new ue;function Qs(i,t,e,r){bb.set(i,t,e);let n=bb.len();return{distance:r/n,normal:new ue(-i/n,-t/n,-e/n)}}function I2(i){return i-Math.fround(i)}var tc;function eo(i,t){let{size:e=1,startIndex:r=0}=t,n=t.endIndex!==void 0?t.endIndex:i.length,s=(n-r)/e;tc=Ii.allocate(tc,s,{type:Float32Array,size:e*2});let o=r,a=0;for(;o<n;){for(let c=0;c<e;c++){let l=i[o++];tc[a+c]=l,tc[a+c+e]=I2(l)}a+=e*2}return tc.subarray(0,s*e*2)}function Pb(i){let t=null,e=!1;for(let r of i)r&&(t?(e||(t=[[t[0][0],t[0][1]],[t[1][0],t[1][1]]],e=!0),t[0][0]=Math.min(t[0][0],r[0][0]),t[0][1]=Math.min(t[0][1],r[0][1]),t[1][0]=Math.max(t[1][0],r[1][0]),t[1][1]=Math.max(t[1][1],r[1][1])):t=r);return t}var T2=Math.PI/180,A2=to(),Eb=[0,0,0],M2={unitsPerMeter:[1,1,1],metersPerUnit:[1,1,1]};function C2({width:i,height:t,orthographic:e,fovyRadians:r,focalDistance:n,padding:s,near:o,far:a}){let c=i/t,l=e?new ie().orthographic({fovy:r,aspect:c,focalDistance:n,near:o,far:a}):new ie().perspective({fovy:r,aspect:c,near:o,far:a});if(s){let{left:f=0,right:u=0,top:d=0,bottom:h=0}=s,p=_e((f+i-u)/2,0,i)-i/2,g=_e((d+t-h)/2,0,t)-t/2;l[8]-=p*2/i,l[9]+=g*2/t}return l}var Yu=class i{constructor(t={}){this._frustumPlanes={},this.id=t.id||this.constructor.displayName||"viewport",this.x=t.x||0,this.y=t.y||0,this.width=t.width||1,this.height=t.height||1,this.zoom=t.zoom||0,this.padding=t.padding,this.distanceScales=t.distanceScales||M2,this.focalDistance=t.focalDistance||1,this.position=t.position||Eb,this.modelMatrix=t.modelMatrix||null;let{longitude:e,latitude:r}=t;this.isGeospatial=Number.isFinite(r)&&Number.isFinite(e),this._initProps(t),this._initMatrices(t),this.equals=this.equals.bind(this),this.project=this.project.bind(this),this.unproject=this.unproject.bind(this),this.projectPosition=this.projectPosition.bind(this),this.unprojectPosition=this.unprojectPosition.bind(this),this.projectFlat=this.projectFlat.bind(this),this.unprojectFlat=this.unprojectFlat.bind(this)}get subViewports(){return null}get metersPerPixel(){return this.distanceScales.metersPerUnit[2]/this.scale}get projectionMode(){return this.isGeospatial?this.zoom<12?Zt.WEB_MERCATOR:Zt.WEB_MERCATOR_AUTO_OFFSET:Zt.IDENTITY}equals(t){return t instanceof i?this===t?!0:t.width===this.width&&t.height===this.height&&t.scale===this.scale&&t.projectionMode===this.projectionMode&&t.resolution===this.resolution&&Yi(t.distanceScales.unitsPerMeter,this.distanceScales.unitsPerMeter)&&Yi(t.projectionMatrix,this.projectionMatrix)&&Yi(t.viewMatrix,this.viewMatrix):!1}project(t,{topLeft:e=!0}={}){let r=this.projectPosition(t),n=cn(r,this.pixelProjectionMatrix),[s,o]=n,a=e?o:this.height-o;return t.length===2?[s,a]:[s,a,n[2]]}unproject(t,{topLeft:e=!0,targetZ:r}={}){let[n,s,o]=t,a=e?s:this.height-s,c=r&&r*this.distanceScales.unitsPerMeter[2],l=ln([n,a,o],this.pixelUnprojectionMatrix,c),[f,u,d]=this.unprojectPosition(l);return Number.isFinite(o)?[f,u,d]:Number.isFinite(r)?[f,u,r]:[f,u]}projectPosition(t){let[e,r]=this.projectFlat(t),n=(t[2]||0)*this.distanceScales.unitsPerMeter[2];return[e,r,n]}unprojectPosition(t){let[e,r]=this.unprojectFlat(t),n=(t[2]||0)*this.distanceScales.metersPerUnit[2];return[e,r,n]}projectFlat(t){if(this.isGeospatial){let e=ni(t);return e[1]=_e(e[1],-318,830),e}return t}unprojectFlat(t){return this.isGeospatial?$e(t):t}getBounds(t={}){let e={targetZ:t.z||0},r=this.unproject([0,0],e),n=this.unproject([this.width,0],e),s=this.unproject([0,this.height],e),o=this.unproject([this.width,this.height],e);return[Math.min(r[0],n[0],s[0],o[0]),Math.min(r[1],n[1],s[1],o[1]),Math.max(r[0],n[0],s[0],o[0]),Math.max(r[1],n[1],s[1],o[1])]}getDistanceScales(t){return t&&this.isGeospatial?Ks({longitude:t[0],latitude:t[1],highPrecision:!0}):this.distanceScales}containsPixel({x:t,y:e,width:r=1,height:n=1}){return t<this.x+this.width&&this.x<t+r&&e<this.y+this.height&&this.y<e+n}getFrustumPlanes(){return this._frustumPlanes.near?this._frustumPlanes:(Object.assign(this._frustumPlanes,Sb(this.viewProjectionMatrix)),this._frustumPlanes)}panByPosition(t,e,r){return null}_initProps(t){let e=t.longitude,r=t.latitude;this.isGeospatial&&(Number.isFinite(t.zoom)||(this.zoom=Gm({latitude:r})+Math.log2(this.focalDistance)),this.distanceScales=t.distanceScales||Ks({latitude:r,longitude:e}));let n=Math.pow(2,this.zoom);this.scale=n;let{position:s,modelMatrix:o}=t,a=Eb;if(s&&(a=o?new ie(o).transformAsVector(s,[]):s),this.isGeospatial){let c=this.projectPosition([e,r,0]);this.center=new ue(a).scale(this.distanceScales.unitsPerMeter).add(c)}else this.center=this.projectPosition(a)}_initMatrices(t){let{viewMatrix:e=A2,projectionMatrix:r=null,orthographic:n=!1,fovyRadians:s,fovy:o=75,near:a=.1,far:c=1e3,padding:l=null,focalDistance:f=1}=t;this.viewMatrixUncentered=e,this.viewMatrix=new ie().multiplyRight(e).translate(new ue(this.center).negate()),this.projectionMatrix=r||C2({width:this.width,height:this.height,orthographic:n,fovyRadians:s||o*T2,focalDistance:f,padding:l,near:a,far:c});let u=to();Gt.multiply(u,u,this.projectionMatrix),Gt.multiply(u,u,this.viewMatrix),this.viewProjectionMatrix=u,this.viewMatrixInverse=Gt.invert([],this.viewMatrix)||this.viewMatrix,this.cameraPosition=wb(this.viewMatrixInverse);let d=to(),h=to();Gt.scale(d,d,[this.width/2,-this.height/2,1]),Gt.translate(d,d,[1,-1,0]),Gt.multiply(h,d,this.viewProjectionMatrix),this.pixelProjectionMatrix=h,this.pixelUnprojectionMatrix=Gt.invert(to(),this.pixelProjectionMatrix),this.pixelUnprojectionMatrix||R.warn("Pixel project matrix not invertible")()}};Yu.displayName="Viewport";var Zu=Yu;var qu=class i extends Zu{constructor(t={}){let{latitude:e=0,longitude:r=0,zoom:n=0,pitch:s=0,bearing:o=0,nearZMultiplier:a=.1,farZMultiplier:c=1.01,nearZ:l,farZ:f,orthographic:u=!1,projectionMatrix:d,repeat:h=!1,worldOffset:p=0,position:g,padding:m,legacyMeterSizes:_=!1}=t,{width:b,height:v,altitude:x=1.5}=t,w=Math.pow(2,n);b=b||1,v=v||1;let S,E=null;if(d)x=d[5]/2,S=Hn(x);else{t.fovy?(S=t.fovy,x=qa(S)):S=Hn(x);let A;if(m){let{top:P=0,bottom:$=0}=m;A=[0,_e((P+v-$)/2,0,v)-v/2]}E=Hm({width:b,height:v,scale:w,center:g&&[0,0,g[2]*Ya(e)],offset:A,pitch:s,fovy:S,nearZMultiplier:a,farZMultiplier:c}),Number.isFinite(l)&&(E.near=l),Number.isFinite(f)&&(E.far=f)}let T=Vu({height:v,pitch:s,bearing:o,scale:w,altitude:x});p&&(T=new ie().translate([512*p,0,0]).multiplyLeft(T)),super({...t,width:b,height:v,viewMatrix:T,longitude:r,latitude:e,zoom:n,...E,fovy:S,focalDistance:x}),this.latitude=e,this.longitude=r,this.zoom=n,this.pitch=s,this.bearing=o,this.altitude=x,this.fovy=S,this.orthographic=u,this._subViewports=h?[]:null,this._pseudoMeters=_,Object.freeze(this)}get subViewports(){if(this._subViewports&&!this._subViewports.length){let t=this.getBounds(),e=Math.floor((t[0]+180)/360),r=Math.ceil((t[2]-180)/360);for(let n=e;n<=r;n++){let s=n?new i({...this,worldOffset:n}):this;this._subViewports.push(s)}}return this._subViewports}equals(t){return t instanceof i&&t._pseudoMeters===this._pseudoMeters&&super.equals(t)}projectPosition(t){if(this._pseudoMeters)return super.projectPosition(t);let[e,r]=this.projectFlat(t),n=(t[2]||0)*Ya(t[1]);return[e,r,n]}unprojectPosition(t){if(this._pseudoMeters)return super.unprojectPosition(t);let[e,r]=this.unprojectFlat(t),n=(t[2]||0)/Ya(r);return[e,r,n]}addMetersToLngLat(t,e){return Za(t,e)}panByPosition(t,e,r){let n=ln(e,this.pixelUnprojectionMatrix),s=this.projectFlat(t),o=wi.add([],s,wi.negate([],n)),a=wi.add([],this.center,o),[c,l]=this.unprojectFlat(a);return{longitude:c,latitude:l}}panByPosition3D(t,e){let r=t[2]||0,n=wi.sub([],t,this.unproject(e,{targetZ:r}));return{longitude:this.longitude+n[0],latitude:this.latitude+n[1]}}getBounds(t={}){let e=Wu(this,t.z||0);return[Math.min(e[0][0],e[1][0],e[2][0],e[3][0]),Math.min(e[0][1],e[1][1],e[2][1],e[3][1]),Math.max(e[0][0],e[1][0],e[2][0],e[3][0]),Math.max(e[0][1],e[1][1],e[2][1],e[3][1])]}fitBounds(t,e={}){let{width:r,height:n}=this,{longitude:s,latitude:o,zoom:a}=ju({width:r,height:n,bounds:t,...e});return new i({width:r,height:n,longitude:s,latitude:o,zoom:a})}};qu.displayName="WebMercatorViewport";var Dr=qu;var Ib=[0,0,0];function qm(i,t,e=!1){let r=t.projectPosition(i);if(e&&t instanceof Dr){let[n,s,o=0]=i,a=t.getDistanceScales([n,s]);r[2]=o*a.unitsPerMeter[2]}return r}function L2(i){let{viewport:t,modelMatrix:e,coordinateOrigin:r}=i,{coordinateSystem:n,fromCoordinateSystem:s,fromCoordinateOrigin:o}=i;return n==="default"&&(n=t.isGeospatial?"lnglat":"cartesian"),s===void 0?s=n:s==="default"&&(s=t.isGeospatial?"lnglat":"cartesian"),o===void 0&&(o=r),{viewport:t,coordinateSystem:n,coordinateOrigin:r,modelMatrix:e,fromCoordinateSystem:s,fromCoordinateOrigin:o}}function Xu(i,{viewport:t,modelMatrix:e,coordinateSystem:r,coordinateOrigin:n,offsetMode:s}){let[o,a,c=0]=i;switch(e&&([o,a,c]=qi.transformMat4([],[o,a,c,1],e)),r){case"default":return Xu(i,{viewport:t,modelMatrix:e,coordinateSystem:t.isGeospatial?"lnglat":"cartesian",coordinateOrigin:n,offsetMode:s});case"lnglat":return qm([o,a,c],t,s);case"lnglat-offsets":return qm([o+n[0],a+n[1],c+(n[2]||0)],t,s);case"meter-offsets":return qm(Za(n,[o,a,c]),t,s);case"cartesian":return t.isGeospatial?[o+n[0],a+n[1],c+n[2]]:t.projectPosition([o,a,c]);default:throw new Error(`Invalid coordinateSystem: ${r}`)}}function Tb(i,t){let{viewport:e,coordinateSystem:r,coordinateOrigin:n,modelMatrix:s,fromCoordinateSystem:o,fromCoordinateOrigin:a}=L2(t),{autoOffset:c=!0}=t,{geospatialOrigin:l=Ib,shaderCoordinateOrigin:f=Ib,offsetMode:u=!1}=c?zm(e,r,n):{},d=Xu(i,{viewport:e,modelMatrix:s,coordinateSystem:o,coordinateOrigin:a,offsetMode:u});if(u){let h=e.projectPosition(l||f);Vs.sub(d,d,h)}return d}var O2={blendColorOperation:"add",blendColorSrcFactor:"one",blendColorDstFactor:"zero",blendAlphaOperation:"add",blendAlphaSrcFactor:"constant",blendAlphaDstFactor:"zero"},$n=class extends Rr{constructor(){super(...arguments),this._colorEncoderState=null}render(t){return"pickingFBO"in t?this._drawPickingBuffer(t):{decodePickingColor:null,stats:super._render(t)}}_drawPickingBuffer({layers:t,layerFilter:e,views:r,viewports:n,onViewportActive:s,pickingFBO:o,deviceRect:{x:a,y:c,width:l,height:f},cullRect:u,effects:d,pass:h="picking",pickZ:p,canvasContext:g,shaderModuleProps:m,clearColor:_}){this.pickZ=p;let b=this._resetColorEncoder(p),v=[a,c,l,f],x=super._render({target:o,layers:t,layerFilter:e,views:r,viewports:n,onViewportActive:s,cullRect:u,effects:d?.filter(S=>S.useInPicking),pass:h,canvasContext:g,isPicking:!0,shaderModuleProps:m,clearColor:_??[0,0,0,0],colorMask:15,scissorRect:v});return this._colorEncoderState=null,{decodePickingColor:b&&B2.bind(null,b),stats:x}}shouldDrawLayer(t){let{pickable:e,operation:r}=t.props;return e&&r.includes("draw")||r.includes("terrain")||r.includes("mask")}getShaderModuleProps(t,e,r){return{picking:{isActive:1,isAttribute:this.pickZ,disabledPickingIndices:t.internalState?.disabledPickingIndices},lighting:{enabled:!1}}}getLayerParameters(t,e,r){let n={...t.props.parameters},{pickable:s,operation:o}=t.props;return this._colorEncoderState?s&&o.includes("draw")?(Object.assign(n,O2),n.blend=!0,this.device.type==="webgpu"?n.blendConstant=Ab(this._colorEncoderState,t,r):n.blendColor=Ab(this._colorEncoderState,t,r),o.includes("terrain")&&t.state?._hasPickingCover&&(n.blendAlphaSrcFactor="one")):o.includes("terrain")&&(n.blend=!1):n.blend=!1,n}_resetColorEncoder(t){return this._colorEncoderState=t?null:{byLayer:new Map,byAlpha:[]},this._colorEncoderState}};function Ab(i,t,e){let{byLayer:r,byAlpha:n}=i,s,o=r.get(t);return o?(o.viewports.push(e),s=o.a):(s=r.size+1,s<=255?(o={a:s,layer:t,viewports:[e]},r.set(t,o),n[s]=o):(R.warn("Too many pickable layers, only picking the first 255")(),s=0)),[0,0,0,s/255]}function B2(i,t){let e=i.byAlpha[t[3]];return e&&{pickedLayer:e.layer,pickedViewports:e.viewports,pickedObjectIndex:e.layer.decodePickingColor(t)}}var fn={NO_STATE:"Awaiting state",MATCHED:"Matched. State transferred from previous layer",INITIALIZED:"Initialized",AWAITING_GC:"Discarded. Awaiting garbage collection",AWAITING_FINALIZATION:"No longer matched. Awaiting garbage collection",FINALIZED:"Finalized! Awaiting garbage collection"},io=Symbol.for("component"),si=Symbol.for("propTypes"),Ku=Symbol.for("deprecatedProps"),kr=Symbol.for("asyncPropDefaults"),Ji=Symbol.for("asyncPropOriginal"),Ti=Symbol.for("asyncPropResolved");function ro(i,t=()=>!0){return Array.isArray(i)?Mb(i,t,[]):t(i)?[i]:[]}function Mb(i,t,e){let r=-1;for(;++r<i.length;){let n=i[r];Array.isArray(n)?Mb(n,t,e):t(n)&&e.push(n)}return e}function Cb({target:i,source:t,start:e=0,count:r=1}){let n=t.length,s=r*n,o=0;for(let a=e;o<n;o++)i[a++]=t[o];for(;o<s;)o<s-o?(i.copyWithin(e+o,e,e+o),o*=2):(i.copyWithin(e+o,e,e+s-o),o=s);return i}var ec=class{constructor(t,e,r){this._loadCount=0,this._subscribers=new Set,this.id=t,this.context=r,this.setData(e)}subscribe(t){this._subscribers.add(t)}unsubscribe(t){this._subscribers.delete(t)}inUse(){return this._subscribers.size>0}delete(){}getData(){return this.isLoaded?this._error?Promise.reject(this._error):this._content:this._loader.then(()=>this.getData())}setData(t,e){if(t===this._data&&!e)return;this._data=t;let r=++this._loadCount,n=t;typeof t=="string"&&(n=sn(t)),n instanceof Promise?(this.isLoaded=!1,this._loader=n.then(s=>{this._loadCount===r&&(this.isLoaded=!0,this._error=void 0,this._content=s)}).catch(s=>{this._loadCount===r&&(this.isLoaded=!0,this._error=s||!0)})):(this.isLoaded=!0,this._error=void 0,this._content=t);for(let s of this._subscribers)s.onChange(this.getData())}};var ic=class{constructor(t){this.protocol=t.protocol||"resource://",this._context={device:t.device,gl:t.device?.gl,resourceManager:this},this._resources={},this._consumers={},this._pruneRequest=null}contains(t){return t.startsWith(this.protocol)?!0:t in this._resources}add({resourceId:t,data:e,forceUpdate:r=!1,persistent:n=!0}){let s=this._resources[t];s?s.setData(e,r):(s=new ec(t,e,this._context),this._resources[t]=s),s.persistent=n}remove(t){let e=this._resources[t];e&&(e.delete(),delete this._resources[t])}unsubscribe({consumerId:t}){let e=this._consumers[t];if(e){for(let r in e){let n=e[r],s=this._resources[n.resourceId];s&&s.unsubscribe(n)}delete this._consumers[t],this.prune()}}subscribe({resourceId:t,onChange:e,consumerId:r,requestId:n="default"}){let{_resources:s,protocol:o}=this;t.startsWith(o)&&(t=t.replace(o,""),s[t]||this.add({resourceId:t,data:null,persistent:!1}));let a=s[t];if(this._track(r,n,a,e),a)return a.getData()}prune(){this._pruneRequest||(this._pruneRequest=setTimeout(()=>this._prune(),0))}finalize(){for(let t in this._resources)this._resources[t].delete()}_track(t,e,r,n){let s=this._consumers,o=s[t]=s[t]||{},a=o[e],c=a&&a.resourceId&&this._resources[a.resourceId];c&&(c.unsubscribe(a),this.prune()),r&&(a?(a.onChange=n,a.resourceId=r.id):a={onChange:n,resourceId:r.id},o[e]=a,r.subscribe(a))}_prune(){this._pruneRequest=null;for(let t of Object.keys(this._resources)){let e=this._resources[t];!e.persistent&&!e.inUse()&&(e.delete(),delete this._resources[t])}}};var R2="layerManager.setLayers",D2="layerManager.activateViewport",rc=class{constructor(t,e){this._lastRenderedLayers=[],this._needsRedraw=!1,this._needsUpdate=!1,this._nextLayers=null,this._debug=!1,this._defaultShaderModulesChanged=!1,this.activateViewport=a=>{Rt(D2,this,a),a&&(this.context.viewport=a)};let{deck:r,stats:n,viewport:s,timeline:o}=e||{};this.layers=[],this.resourceManager=new ic({device:t,protocol:"deck://"}),this.context={mousePosition:null,userData:{},layerManager:this,device:t,gl:t?.gl,deck:r,shaderAssembler:yb(t?.info?.shadingLanguage||"glsl"),defaultShaderModules:[Am],renderPass:void 0,stats:n||new xl({id:"deck.gl"}),viewport:s||new Zu({id:"DEFAULT-INITIAL-VIEWPORT"}),timeline:o||new wl,resourceManager:this.resourceManager,onError:void 0},Object.seal(this)}finalize(){this.resourceManager.finalize();for(let t of this.layers)this._finalizeLayer(t)}needsRedraw(t={clearRedrawFlags:!1}){let e=this._needsRedraw;t.clearRedrawFlags&&(this._needsRedraw=!1);for(let r of this.layers){let n=r.getNeedsRedraw(t);e=e||n}return e}needsUpdate(){return this._nextLayers&&this._nextLayers!==this._lastRenderedLayers?"layers changed":this._defaultShaderModulesChanged?"shader modules changed":this._needsUpdate}setNeedsRedraw(t){this._needsRedraw=this._needsRedraw||t}setNeedsUpdate(t){this._needsUpdate=this._needsUpdate||t}getLayers({layerIds:t}={}){return t?this.layers.filter(e=>t.find(r=>e.id.indexOf(r)===0)):this.layers}setProps(t){"debug"in t&&(this._debug=t.debug),"userData"in t&&(this.context.userData=t.userData),"layers"in t&&(this._nextLayers=t.layers),"onError"in t&&(this.context.onError=t.onError)}setLayers(t,e){Rt(R2,this,e,t),this._lastRenderedLayers=t;let r=ro(t,Boolean);for(let n of r)n.context=this.context;this._updateLayers(this.layers,r)}updateLayers(){let t=this.needsUpdate();t&&(this.setNeedsRedraw(`updating layers: ${t}`),this.setLayers(this._nextLayers||this._lastRenderedLayers,t)),this._nextLayers=null}addDefaultShaderModule(t){let{defaultShaderModules:e}=this.context;e.find(r=>r.name===t.name)||(e.push(t),this._defaultShaderModulesChanged=!0)}removeDefaultShaderModule(t){let{defaultShaderModules:e}=this.context,r=e.findIndex(n=>n.name===t.name);r>=0&&(e.splice(r,1),this._defaultShaderModulesChanged=!0)}_handleError(t,e,r){r.raiseError(e,`${t} of ${r}`)}_updateLayers(t,e){let r={};for(let o of t)r[o.id]?R.warn(`Multiple old layers with same id ${o.id}`)():r[o.id]=o;if(this._defaultShaderModulesChanged){for(let o of t)o.setNeedsUpdate(),o.setChangeFlags({extensionsChanged:!0});this._defaultShaderModulesChanged=!1}let n=[];this._updateSublayersRecursively(e,r,n),this._finalizeOldLayers(r);let s=!1;for(let o of n)if(o.hasUniformTransition()){s=`Uniform transition in ${o}`;break}this._needsUpdate=s,this.layers=n}_updateSublayersRecursively(t,e,r){for(let n of t){n.context=this.context;let s=e[n.id];s===null&&R.warn(`Multiple new layers with same id ${n.id}`)(),e[n.id]=null;let o=null;try{this._debug&&s!==n&&n.validateProps(),s?(this._transferLayerState(s,n),this._updateLayer(n)):this._initializeLayer(n),r.push(n),o=n.isComposite?n.getSubLayers():null}catch(a){this._handleError("matching",a,n)}o&&this._updateSublayersRecursively(o,e,r)}}_finalizeOldLayers(t){for(let e in t){let r=t[e];r&&this._finalizeLayer(r)}}_initializeLayer(t){try{t._initialize(),t.lifecycle=fn.INITIALIZED}catch(e){this._handleError("initialization",e,t)}}_transferLayerState(t,e){e._transferState(t),e.lifecycle=fn.MATCHED,e!==t&&(t.lifecycle=fn.AWAITING_GC)}_updateLayer(t){try{t._update()}catch(e){this._handleError("update",e,t)}}_finalizeLayer(t){this._needsRedraw=this._needsRedraw||`finalized ${t}`,t.lifecycle=fn.AWAITING_FINALIZATION;try{t._finalize(),t.lifecycle=fn.FINALIZED}catch(e){this._handleError("finalization",e,t)}}};function wt(i,t,e){if(i===t)return!0;if(!e||!i||!t)return!1;if(Array.isArray(i)){if(!Array.isArray(t)||i.length!==t.length)return!1;for(let r=0;r<i.length;r++)if(!wt(i[r],t[r],e-1))return!1;return!0}if(Array.isArray(t))return!1;if(typeof i=="object"&&typeof t=="object"){let r=Object.keys(i),n=Object.keys(t);if(r.length!==n.length)return!1;for(let s of r)if(!t.hasOwnProperty(s)||!wt(i[s],t[s],e-1))return!1;return!0}return!1}var un="default-canvas",nc=class{constructor(t){this.views=[],this.width=100,this.height=100,this.viewState={},this.controllers={},this.timeline=t.timeline,this._viewports=[],this._viewportMap={},this._isUpdating=!1,this._needsRedraw="First render",this._needsUpdate="Initialize",this._eventManager=t.eventManager,this._eventManagers=t.eventManagers||{},this._viewEventManagers={},this._eventCallbacks={onViewStateChange:t.onViewStateChange,onInteractionStateChange:t.onInteractionStateChange},this._pickPosition=t.pickPosition,this._getCanvasContext=t.getCanvasContext,Object.seal(this),this.setProps(t)}finalize(){for(let t in this.controllers){let e=this.controllers[t];e&&e.finalize()}this.controllers={}}needsRedraw(t={clearRedrawFlags:!1}){let e=this._needsRedraw;return t.clearRedrawFlags&&(this._needsRedraw=!1),e}setNeedsUpdate(t){this._needsUpdate=this._needsUpdate||t,this._needsRedraw=this._needsRedraw||t}updateViewStates(){for(let t in this.controllers){let e=this.controllers[t];e&&e.updateTransition()}}getViewports(t){return t?this._viewports.filter(e=>{let r=!t.canvasId||this.getCanvasId(e.id)===t.canvasId,n=!("x"in t)||e.containsPixel(t);return r&&n}):this._viewports}getViews(){let t={};return this.views.forEach(e=>{t[e.id]=e}),t}getView(t){return this.views.find(e=>e.id===t)}getViewState(t){let e=typeof t=="string"?this.getView(t):t,r=e&&this.viewState[e.getViewStateId()]||this.viewState;return e?e.filterViewState(r):r}getViewport(t){return this._viewportMap[t]}getCanvasId(t){let e=typeof t=="string"?this.getView(t):t;return e?this._viewEventManagers[e.id]?.canvasId||this._getCanvasIdFromView(e):void 0}unproject(t,e){let r=this.getViewports(),n={x:t[0],y:t[1]};for(let s=r.length-1;s>=0;--s){let o=r[s];if(o.containsPixel(n)){let a=t.slice();return a[0]-=o.x,a[1]-=o.y,o.unproject(a,e)}}return null}setProps(t){t.views&&this._setViews(t.views),t.viewState&&this._setViewState(t.viewState),("width"in t||"height"in t)&&this._setSize(t.width,t.height),"pickPosition"in t&&(this._pickPosition=t.pickPosition),"eventManagers"in t&&this._setEventManagers(t.eventManagers||{}),this._isUpdating||this._update()}_update(){this._isUpdating=!0,this._needsUpdate&&(this._needsUpdate=!1,this._rebuildViewports()),this._needsUpdate&&(this._needsUpdate=!1,this._rebuildViewports()),this._isUpdating=!1}_setSize(t,e){(t!==this.width||e!==this.height)&&(this.width=t,this.height=e,this.setNeedsUpdate("Size changed"))}_setViews(t){t=ro(t,Boolean),this._diffViews(t,this.views)&&this.setNeedsUpdate("views changed"),this.views=t}_setViewState(t){t?(!wt(t,this.viewState,3)&&this.setNeedsUpdate("viewState changed"),this.viewState=t):R.warn("missing `viewState` or `initialViewState`")()}_setEventManagers(t){this._eventManagers!==t&&(this._eventManagers=t,this.setNeedsUpdate("eventManagers changed"))}_getCanvasIdFromView(t){return t.props.canvasId||this._getCanvasContext?.(t.id)?.id||un}_getCanvasDimensions(t){let e=this._getCanvasContext?.(t.id),[r,n]=e?.getCSSSize()||[this.width,this.height];return{width:r,height:n}}_getViewEventManager(t){let e=this.getCanvasId(t)||un;return{canvasId:e,eventManager:this._eventManagers[e]||this._eventManager}}_startViewportRebuild(){let t=this.controllers,e=this._viewEventManagers;return this._viewports=[],this.controllers={},this._viewEventManagers={},{oldControllers:t,oldViewEventManagers:e}}_getReusableController(t,e,r){return t&&(e?.canvasId!==r.canvasId||e?.eventManager!==r.eventManager)?(t.finalize(),null):t}_createController(t,e){let r=e.type;return new r({timeline:this.timeline,eventManager:this._getViewEventManager(t).eventManager,onViewStateChange:this._eventCallbacks.onViewStateChange,onStateChange:this._eventCallbacks.onInteractionStateChange,makeViewport:s=>this.getView(t.id)?.makeViewport({viewState:s,...this._getCanvasDimensions(t)}),pickPosition:(s,o)=>this._pickPosition?.(s,o,t.id)})}_updateController(t,e,r,n){let s=t.controller;if(s&&r){let o={...e,...s,id:t.id,x:r.x,y:r.y,width:r.width,height:r.height};return(!n||n.constructor!==s.type)&&(n=this._createController(t,o)),n&&n.setProps(o),n}return null}_rebuildViewports(){let{views:t}=this,{oldControllers:e,oldViewEventManagers:r}=this._startViewportRebuild(),n=!1;for(let s=t.length;s--;){let o=t[s],{width:a,height:c}=this._getCanvasDimensions(o),l=this._getViewEventManager(o);this._viewEventManagers[o.id]=l;let f=this.getViewState(o),u=o.makeViewport({viewState:f,width:a,height:c}),d=this._getReusableController(e[o.id],r[o.id],l),h=!!o.controller;h&&!d&&(n=!0),(n||!h)&&d&&(d.finalize(),d=null),this.controllers[o.id]=this._updateController(o,f,u,d),u&&this._viewports.unshift(u)}for(let s in e){let o=e[s];o&&!this.controllers[s]&&o.finalize()}this._buildViewportMap()}_buildViewportMap(){this._viewportMap={},this._viewports.forEach(t=>{t.id&&(this._viewportMap[t.id]=this._viewportMap[t.id]||t)})}_diffViews(t,e){return t.length!==e.length?!0:t.some((r,n)=>!t[n].equals(e[n]))}};var k2=/^(?:\d+\.?\d*|\.\d+)$/;function Ae(i){switch(typeof i){case"number":if(!Number.isFinite(i))throw new Error(`Could not parse position string ${i}`);return{type:"literal",value:i};case"string":try{let t=F2(i);return new Km(t).parseExpression()}catch(t){let e=t instanceof Error?t.message:String(t);throw new Error(`Could not parse position string ${i}: ${e}`)}default:throw new Error(`Could not parse position string ${i}`)}}function Xm(i,t){switch(i.type){case"literal":return i.value;case"percentage":return Math.round(i.value*t);case"binary":let e=Xm(i.left,t),r=Xm(i.right,t);return i.operator==="+"?e+r:e-r;default:throw new Error("Unknown layout expression type")}}function Me(i,t){return Xm(i,t)}function F2(i){let t=[],e=0;for(;e<i.length;){let r=i[e];if(/\s/.test(r)){e++;continue}if(r==="+"||r==="-"||r==="("||r===")"||r==="%"){t.push({type:"symbol",value:r}),e++;continue}if(Lb(r)||r==="."){let n=e,s=r===".";for(e++;e<i.length;){let a=i[e];if(Lb(a)){e++;continue}if(a==="."&&!s){s=!0,e++;continue}break}let o=i.slice(n,e);if(!k2.test(o))throw new Error("Invalid number token");t.push({type:"number",value:parseFloat(o)});continue}if(Ob(r)){let n=e;for(;e<i.length&&Ob(i[e]);)e++;let s=i.slice(n,e).toLowerCase();t.push({type:"word",value:s});continue}throw new Error("Invalid token in position string")}return t}var Km=class{constructor(t){this.index=0,this.tokens=t}parseExpression(){let t=this.parseBinaryExpression();if(this.index<this.tokens.length)throw new Error("Unexpected token at end of expression");return t}parseBinaryExpression(){let t=this.parseFactor(),e=this.peek();for(;N2(e);){this.index++;let r=this.parseFactor();t={type:"binary",operator:e.value,left:t,right:r},e=this.peek()}return t}parseFactor(){let t=this.peek();if(!t)throw new Error("Unexpected end of expression");if(t.type==="symbol"&&t.value==="+")return this.index++,this.parseFactor();if(t.type==="symbol"&&t.value==="-"){this.index++;let e=this.parseFactor();return{type:"binary",operator:"-",left:{type:"literal",value:0},right:e}}if(t.type==="symbol"&&t.value==="("){this.index++;let e=this.parseBinaryExpression();if(!this.consumeSymbol(")"))throw new Error("Missing closing parenthesis");return e}if(t.type==="word"&&t.value==="calc"){if(this.index++,!this.consumeSymbol("("))throw new Error("Missing opening parenthesis after calc");let e=this.parseBinaryExpression();if(!this.consumeSymbol(")"))throw new Error("Missing closing parenthesis");return e}if(t.type==="number"){this.index++;let e=t.value,r=this.peek();return r&&r.type==="symbol"&&r.value==="%"?(this.index++,{type:"percentage",value:e/100}):r&&r.type==="word"&&r.value==="px"?(this.index++,{type:"literal",value:e}):{type:"literal",value:e}}throw new Error("Unexpected token in expression")}consumeSymbol(t){let e=this.peek();return e&&e.type==="symbol"&&e.value===t?(this.index++,!0):!1}peek(){return this.tokens[this.index]||null}};function Lb(i){return i>="0"&&i<="9"}function Ob(i){return i>="a"&&i<="z"||i>="A"&&i<="Z"}function N2(i){return!!(i&&i.type==="symbol"&&(i.value==="+"||i.value==="-"))}function Bb(i,t){let e={...i};for(let r in t)r!=="id"&&(Array.isArray(e[r])&&Array.isArray(t[r])?e[r]=U2(e[r],t[r]):e[r]=t[r]);return e}function U2(i,t){i=i.slice();for(let e=0;e<t.length;e++){let r=t[e];Number.isFinite(r)&&(i[e]=r)}return i}var sc=class{constructor(t){let{id:e,x:r=0,y:n=0,width:s="100%",height:o="100%",padding:a=null}=t;this.id=e||this.constructor.displayName||"view",this.props={...t,id:this.id},this._x=Ae(r),this._y=Ae(n),this._width=Ae(s),this._height=Ae(o),this._padding=a&&{left:Ae(a.left||0),right:Ae(a.right||0),top:Ae(a.top||0),bottom:Ae(a.bottom||0)},this.equals=this.equals.bind(this),Object.seal(this)}equals(t){return this===t?!0:this.constructor===t.constructor&&wt(this.props,t.props,2)}clone(t){let e=this.constructor;return new e({...this.props,...t})}makeViewport({width:t,height:e,viewState:r}){r=this.filterViewState(r);let n=this.getDimensions({width:t,height:e});if(!n.height||!n.width)return null;let s=this.getViewportType(r);return new s({...r,...this.props,...n})}getViewStateId(){let{viewState:t}=this.props;return typeof t=="string"?t:t?.id||this.id}filterViewState(t){return this.props.viewState&&typeof this.props.viewState=="object"?this.props.viewState.id?Bb(t,this.props.viewState):this.props.viewState:t}getDimensions({width:t,height:e}){let r={x:Me(this._x,t),y:Me(this._y,e),width:Me(this._width,t),height:Me(this._height,e)};return this._padding&&(r.padding={left:Me(this._padding.left,t),top:Me(this._padding.top,e),right:Me(this._padding.right,t),bottom:Me(this._padding.bottom,e)}),r}get controller(){let t=this.props.controller;return t?t===!0?{type:this.ControllerType}:typeof t=="function"?{type:t}:{type:this.ControllerType,...t}:null}};var Ai=class{constructor(t){this._inProgress=!1,this._handle=null,this.time=0,this.settings={duration:0},this._timeline=t}get inProgress(){return this._inProgress}start(t){this.cancel(),this.settings=t,this._inProgress=!0,this.settings.onStart?.(this)}end(){this._inProgress&&(this._timeline.removeChannel(this._handle),this._handle=null,this._inProgress=!1,this.settings.onEnd?.(this))}cancel(){this._inProgress&&(this.settings.onInterrupt?.(this),this._timeline.removeChannel(this._handle),this._handle=null,this._inProgress=!1)}update(){if(!this._inProgress)return!1;if(this._handle===null){let{_timeline:t,settings:e}=this;this._handle=t.addChannel({delay:t.getTime(),duration:e.duration})}return this.time=this._timeline.getTime(this._handle),this._onUpdate(),this.settings.onUpdate?.(this),this._timeline.isFinished(this._handle)&&this.end(),!0}_onUpdate(){}};var Rb=()=>{},Db={mode:"preserve"},z2={mode:"hard"},Jm={BREAK:1,SNAP_TO_END:2,IGNORE:3},V2=i=>i,j2=Jm.BREAK,oc=class{constructor(t){this._onTransitionUpdate=e=>{let{time:r,settings:{interpolator:n,startProps:s,endProps:o,duration:a,easing:c}}=e,l=c(r/a),f=n.interpolateProps(s,o,l);this.propsInTransition=this.getControllerState({...this.props,...f},Db).getViewportProps(),this.onViewStateChange({viewState:this.propsInTransition,oldViewState:this.props})},this.getControllerState=t.getControllerState,this.propsInTransition=null,this.transition=new Ai(t.timeline),this.onViewStateChange=t.onViewStateChange||Rb,this.onStateChange=t.onStateChange||Rb}finalize(){this.transition.cancel()}getViewportInTransition(){return this.propsInTransition}processViewStateChange(t){let e=!1,r=this.props;if(this.props=t,!r||this._shouldIgnoreViewportChange(r,t))return!1;if(this._isTransitionEnabled(t)){let n=r;if(this.transition.inProgress){let{interruption:s,endProps:o}=this.transition.settings;n={...r,...s===Jm.SNAP_TO_END?o:this.propsInTransition||r}}this._triggerTransition(n,t),e=!0}else this.transition.cancel();return e}updateTransition(){this.transition.update()}_isTransitionEnabled(t){let{transitionDuration:e,transitionInterpolator:r}=t;return(e>0||e==="auto")&&!!r}_isUpdateDueToCurrentTransition(t){return this.transition.inProgress&&this.propsInTransition?this.transition.settings.interpolator.arePropsEqual(t,this.propsInTransition):!1}_shouldIgnoreViewportChange(t,e){return this.transition.inProgress?this.transition.settings.interruption===Jm.IGNORE||this._isUpdateDueToCurrentTransition(e):this._isTransitionEnabled(e)?e.transitionInterpolator.arePropsEqual(t,e):!0}_triggerTransition(t,e){let r=this.getControllerState(t,Db),n=this.getControllerState(e,z2).shortestPathFrom(r),s=e.transitionInterpolator,o=s.getDuration?s.getDuration(t,e):e.transitionDuration;if(o===0)return;let a=s.initializeProps(t,n);this.propsInTransition={};let c={duration:o,easing:e.transitionEasing||V2,interpolator:s,interruption:e.transitionInterruption||j2,startProps:a.start,endProps:a.end,onStart:e.onTransitionStart,onUpdate:this._onTransitionUpdate,onInterrupt:this._onTransitionEnd(e.onTransitionInterrupt),onEnd:this._onTransitionEnd(e.onTransitionEnd)};this.transition.start(c),this.onStateChange({inTransition:!0}),this.updateTransition()}_onTransitionEnd(t){return e=>{this.propsInTransition=null,this.onStateChange({inTransition:!1,isZooming:!1,isPanning:!1,isRotating:!1}),t?.(e)}}};function pt(i,t){if(!i)throw new Error(t||"deck.gl: assertion failed.")}var ac=class{constructor(t){let{compare:e,extract:r,required:n}=t;this._propsToCompare=e,this._propsToExtract=r||e,this._requiredProps=n}arePropsEqual(t,e){for(let r of this._propsToCompare)if(!(r in t)||!(r in e)||!Yi(t[r],e[r]))return!1;return!0}initializeProps(t,e){let r={},n={};for(let s of this._propsToExtract)(s in t||s in e)&&(r[s]=t[s],n[s]=e[s]);return this._checkRequiredProps(r),this._checkRequiredProps(n),{start:r,end:n}}getDuration(t,e){return e.transitionDuration}_checkRequiredProps(t){this._requiredProps&&this._requiredProps.forEach(e=>{let r=t[e];pt(Number.isFinite(r)||Array.isArray(r),`${e} is required for transition`)})}};var W2=["longitude","latitude","zoom","bearing","pitch"],G2=["longitude","latitude","zoom"],Yn=class extends ac{constructor(t={}){let e=Array.isArray(t)?t:t.transitionProps,r=Array.isArray(t)?{}:t;r.transitionProps=Array.isArray(e)?{compare:e,required:e}:e||{compare:W2,required:G2},super(r.transitionProps),this.opts=r}initializeProps(t,e){let r=super.initializeProps(t,e),{makeViewport:n,around:s}=this.opts;if(n&&s){let o=n(t),a=n(e),c=o.unproject(s);r.start.around=s,Object.assign(r.end,{around:a.project(c),aroundPosition:c,width:e.width,height:e.height})}return r}interpolateProps(t,e,r){let n={};for(let s of this._propsToExtract)n[s]=Un(t[s]||0,e[s]||0,r);if(e.aroundPosition&&this.opts.makeViewport){let s=this.opts.makeViewport({...e,...n});Object.assign(n,s.panByPosition(e.aroundPosition,Un(t.around,e.around,r)))}return n}};var Qi={transitionDuration:0},H2=300,$2=300,Qm=i=>1-(1-i)*(1-i),Y2=i=>i===1?1:1-Math.pow(2,-10*i),Zn={WHEEL:["wheel"],PAN:["panstart","panmove","panend"],PINCH:["pinchstart","pinchmove","pinchend"],MULTI_PAN:["multipanstart","multipanmove","multipanend"],DOUBLE_CLICK:["dblclick"],DOUBLE_CLICK_DRAG:["dblclickdragstart","dblclickdragmove","dblclickdragend","dblclickdragcancel"],KEYBOARD:["keydown"]},qn={},cc=class{constructor(t){this.state={},this._events={},this._interactionState={isDragging:!1},this._customEvents=[],this._eventStartBlocked=null,this._panMove=!1,this._multiPanMode=null,this._multiPanStartCenter=null,this._doubleClickDragAnchor=null,this._suppressDoubleClickUntil=0,this.invertPan=!1,this.dragMode="rotate",this.inertia=0,this.scrollZoom=!0,this.dragPan=!0,this.dragRotate=!0,this.doubleClickZoom=!0,this.doubleClickDragZoom=!0,this.touchZoom=!0,this.touchRotate=!1,this.multiTouchDrag=null,this.trackpadGesture=!1,this.zoomAround="pointer",this.keyboard=!0,this.transitionManager=new oc({...t,getControllerState:(e,r)=>new this.ControllerState({...e,constraintContext:r,makeViewport:t.makeViewport}),onViewStateChange:this._onTransition.bind(this),onStateChange:this._setInteractionState.bind(this)}),this.handleEvent=this.handleEvent.bind(this),this.eventManager=t.eventManager,this.onViewStateChange=t.onViewStateChange||(()=>{}),this.onStateChange=t.onStateChange||(()=>{}),this.makeViewport=t.makeViewport,this.pickPosition=t.pickPosition}set events(t){this.toggleEvents(this._customEvents,!1),this.toggleEvents(t,!0),this._customEvents=t,this.props&&this.setProps(this.props)}finalize(){for(let t in this._events)this._events[t]&&this.eventManager?.off(t,this.handleEvent);this.transitionManager.finalize()}handleEvent(t){this._controllerState=void 0;let e=this._eventStartBlocked;switch(t.type){case"panstart":return e?!1:this._onPanStart(t);case"panmove":return this._onPan(t);case"panend":return this._onPanEnd(t);case"pinchstart":return e||!this._isTrackpadGestureAllowed(t)?!1:this._onPinchStart(t);case"pinchmove":return this._isTrackpadGestureAllowed(t)?this._onPinch(t):!1;case"pinchend":return this._isTrackpadGestureAllowed(t)?this._onPinchEnd(t):!1;case"multipanstart":return e?!1:this._onMultiPanStart(t);case"multipanmove":return this._onMultiPan(t);case"multipanend":return this._onMultiPanEnd(t);case"dblclick":return this._onDoubleClick(t);case"dblclickdragstart":return e?!1:this._onDoubleClickDragStart(t);case"dblclickdragmove":return this._onDoubleClickDrag(t);case"dblclickdragend":case"dblclickdragcancel":return this._onDoubleClickDragEnd(t);case"wheel":return this._onWheel(t);case"keydown":return this._onKeyDown(t);default:return!1}}get controllerState(){return this._controllerState=this._controllerState||new this.ControllerState({makeViewport:this.makeViewport,...this.props,...this.state}),this._controllerState}getCenter(t){let{x:e,y:r}=this.props,{offsetCenter:n}=t;return[n.x-e,n.y-r]}getZoomPosition(t){if(this.zoomAround==="pointer")return t;let e=this.makeViewport(this.controllerState.getViewportProps()),[r,n]=cn(e.center,e.pixelProjectionMatrix);return[r,n]}isPointInBounds(t,e){let{width:r,height:n}=this.props;if(e&&e.handled)return!1;let s=t[0]>=0&&t[0]<=r&&t[1]>=0&&t[1]<=n;return s&&e&&e.stopPropagation(),s}isFunctionKeyPressed(t){let{srcEvent:e}=t;return!!(e.metaKey||e.altKey||e.ctrlKey||e.shiftKey)}isDragging(){return this._interactionState.isDragging||!1}blockEvents(t){let e=setTimeout(()=>{this._eventStartBlocked===e&&(this._eventStartBlocked=null)},t);this._eventStartBlocked=e}setProps(t){t.maxBoundsPadding===void 0&&(t.maxBoundsPadding=null),t.dragMode&&(this.dragMode=t.dragMode);let e=this.props;this.props=t,"transitionInterpolator"in t||(t.transitionInterpolator=this._getTransitionProps().transitionInterpolator),this.transitionManager.processViewStateChange(t);let{inertia:r}=t;this.inertia=Number.isFinite(r)?r:r===!0?H2:0;let{scrollZoom:n=!0,dragPan:s=!0,dragRotate:o=!0,doubleClickZoom:a=!0,doubleClickDragZoom:c=!1,touchZoom:l=!0,touchRotate:f=!1,multiTouchDrag:u=f?"rotate":null,trackpadGesture:d=!1,zoomAround:h="pointer",keyboard:p=!0}=t,g=!!this.onViewStateChange;if(this.toggleEvents(Zn.WHEEL,g&&n),this.toggleEvents(Zn.PAN,g),this.toggleEvents(Zn.PINCH,g&&(l||u==="rotate")),this.toggleEvents(Zn.MULTI_PAN,g&&!!u),this.toggleEvents(Zn.DOUBLE_CLICK,g&&a),this.toggleEvents(Zn.DOUBLE_CLICK_DRAG,g&&c),this.toggleEvents(Zn.KEYBOARD,g&&p),this.scrollZoom=n,this.dragPan=s,this.dragRotate=o,this.doubleClickZoom=a,this.doubleClickDragZoom=c,this.touchZoom=l,this.touchRotate=u==="rotate",this.multiTouchDrag=u,this.trackpadGesture=d,this.zoomAround=h,this.keyboard=p,(!e||e.height!==t.height||e.width!==t.width||e.maxBounds!==t.maxBounds||e.maxBoundsPadding!==t.maxBoundsPadding)&&t.maxBounds){let _=new this.ControllerState({...t,makeViewport:this.makeViewport}),b=_.getViewportProps();Object.keys(b).some(x=>!wt(b[x],t[x],1))&&this.updateViewport(_)}}updateTransition(){this.transitionManager.updateTransition()}toggleEvents(t,e){this.eventManager&&t.forEach(r=>{this._events[r]!==e&&(this._events[r]=e,e?this.eventManager.on(r,this.handleEvent):this.eventManager.off(r,this.handleEvent))})}updateViewport(t,e=null,r={}){let n={...t.getViewportProps(),...e},s=this.controllerState!==t;if(this.state=t.getState(),this._setInteractionState(r),s){let o=this.controllerState&&this.controllerState.getViewportProps();this.onViewStateChange&&this.onViewStateChange({viewState:n,interactionState:this._interactionState,oldViewState:o,viewId:this.props.id})}}_onTransition(t){this.onViewStateChange({...t,interactionState:this._interactionState,viewId:this.props.id})}_setInteractionState(t){Object.assign(this._interactionState,t),this.onStateChange(this._interactionState)}_getConstraintContext(t,e){return this.props.rubberBand?{mode:e==="update"?"elastic":e==="end"?"rebound":"hard"}:{mode:"hard"}}_getReboundTransition(t,e){if(t.mode!=="rebound")return null;let r=e.getViewportProps();return Object.keys(r).some(s=>!wt(this.props[s],r[s],1))?{...this._getTransitionProps(),transitionDuration:$2,transitionEasing:Y2}:null}_onPanStart(t){let e=this.getCenter(t);if(!this.isPointInBounds(e,t))return!1;let r=this.isFunctionKeyPressed(t)||t.rightButton||!1;(this.invertPan||this.dragMode==="pan")&&(r=!r);let n=r?"pan":"rotate",s=this._getConstraintContext(n,"start"),o=r?this.controllerState.panStart({pos:e},s):this.controllerState.rotateStart({pos:e},s);return this._panMove=r,this.updateViewport(o,Qi,{isDragging:!0}),!0}_onPan(t){return this.isDragging()?this._panMove?this._onPanMove(t):this._onPanRotate(t):!1}_onPanEnd(t){return this.isDragging()?this._panMove?this._onPanMoveEnd(t):this._onPanRotateEnd(t):!1}_onPanMove(t){if(!this.dragPan)return!1;let e=this.getCenter(t),r=this.controllerState.pan({pos:e},this._getConstraintContext("pan","update"));return this.updateViewport(r,Qi,{isDragging:!0,isPanning:!0}),!0}_onPanMoveEnd(t){let{inertia:e}=this;if(this.dragPan&&e&&t.velocity){let r=this.getCenter(t),n=[r[0]+t.velocityX*e/2,r[1]+t.velocityY*e/2],s=this.controllerState.pan({pos:n}).panEnd();this.updateViewport(s,{...this._getTransitionProps(),transitionDuration:e,transitionEasing:Qm},{isDragging:!1,isPanning:!0})}else{let r=this.controllerState,n=this._getConstraintContext("pan","end"),s=r.panEnd(n),o=this._getReboundTransition(n,s);this.updateViewport(s,o,{isDragging:!1,isPanning:!!o})}return!0}_onPanRotate(t){if(!this.dragRotate)return!1;let e=this.getCenter(t),r=this.controllerState.rotate({pos:e},this._getConstraintContext("rotate","update"));return this.updateViewport(r,Qi,{isDragging:!0,isRotating:!0}),!0}_onPanRotateEnd(t){let{inertia:e}=this;if(this.dragRotate&&e&&t.velocity){let r=this.getCenter(t),n=[r[0]+t.velocityX*e/2,r[1]+t.velocityY*e/2],s=this.controllerState.rotate({pos:n}).rotateEnd();this.updateViewport(s,{...this._getTransitionProps(),transitionDuration:e,transitionEasing:Qm},{isDragging:!1,isRotating:!0})}else{let r=this.controllerState,n=this._getConstraintContext("rotate","end"),s=r.rotateEnd(n),o=this._getReboundTransition(n,s);this.updateViewport(s,o,{isDragging:!1,isRotating:!!o})}return!0}_onWheel(t){if(!this.scrollZoom||this.trackpadGesture&&t.device!=="mouse")return!1;let e=this.getCenter(t);if(!this.isPointInBounds(e,t))return!1;t.srcEvent.preventDefault();let{speed:r=.01,smooth:n=!1}=this.scrollZoom===!0?{}:this.scrollZoom,{delta:s}=t,o=2/(1+Math.exp(-Math.abs(s*r)));s<0&&o!==0&&(o=1/o);let a=this.getZoomPosition(e),c=n?{...this._getTransitionProps({around:a}),transitionDuration:250}:Qi,l=this.controllerState.zoom({pos:a,scale:o});return this.updateViewport(l,c,{isZooming:!0,isPanning:!0}),n||this._setInteractionState({isZooming:!1,isPanning:!1}),!0}_onMultiPanStart(t){let{multiTouchDrag:e}=this;if(!e||!this._isMultiPanEventAllowed(t,e))return!1;let r=t.offsetCenter;if(!this.isPointInBounds(this.getCenter(t),t))return!1;let n=t.pointerType==="trackpad",s={x:r.x-(n?0:t.deltaX),y:r.y-(n?0:t.deltaY)},o={...t,offsetCenter:s},a=this.getCenter(o),c=e==="pan"?this.controllerState.panStart({pos:a},this._getConstraintContext("pan","start")):this.controllerState.rotateStart({pos:a},this._getConstraintContext("rotate","start"));return this._multiPanMode=e,this._multiPanStartCenter=s,this.updateViewport(c,Qi,{isDragging:!0}),!0}_onMultiPan(t){let{mode:e,event:r}=this._getMultiPanEvent(t);return!e||!r||!this.isDragging()?!1:e==="pan"?this._onPanMove(r):this._onPanRotate(r)}_onMultiPanEnd(t){let{mode:e,event:r}=this._getMultiPanEvent(t);if(!e||!r||!this.isDragging())return this._resetMultiPan(),!1;let n=e==="pan"?this._onPanMoveEnd(r):this._onPanRotateEnd(r);return this._resetMultiPan(),n}_isTrackpadGestureAllowed(t){return t.pointerType!=="trackpad"||this.trackpadGesture}_isMultiPanEventAllowed(t,e){return t.pointerType==="trackpad"?this.trackpadGesture&&(e==="pan"?this.dragPan:this.dragRotate):t.pointerType==="touch"&&(e==="pan"?this.dragPan:this.dragRotate)}_getMultiPanEvent(t){let e=this._multiPanMode,r=this._multiPanStartCenter;return!e||!r?{mode:null,event:null}:{mode:e,event:{...t,offsetCenter:{x:r.x+t.deltaX,y:r.y+t.deltaY}}}}_resetMultiPan(){this._multiPanMode=null,this._multiPanStartCenter=null}_onPinchStart(t){this._doubleClickDragAnchor=null;let e=this.getCenter(t);if(!this.isPointInBounds(e,t))return!1;let r=this.controllerState.zoomStart({pos:this.getZoomPosition(e)},this._getConstraintContext("zoom","start")).rotateStart({pos:e},this._getConstraintContext("rotate","start"));return qn._startPinchRotation=t.rotation,qn._lastPinchEvent=t,this.updateViewport(r,Qi,{isDragging:!0}),!0}_onPinch(t){if(!this.touchZoom&&!this.touchRotate||!this.isDragging())return!1;let e=this.controllerState;if(this.touchZoom){let{scale:r}=t,n=this.getCenter(t);e=e.zoom({pos:this.getZoomPosition(n),scale:r},this._getConstraintContext("zoom","update"))}if(this.touchRotate){let{rotation:r}=t;e=e.rotate({deltaAngleX:qn._startPinchRotation-r},this._getConstraintContext("rotate","update"))}return this.updateViewport(e,Qi,{isDragging:!0,isPanning:this.touchZoom,isZooming:this.touchZoom,isRotating:this.touchRotate}),qn._lastPinchEvent=t,!0}_onPinchEnd(t){if(!this.isDragging())return!1;let{inertia:e}=this,{_lastPinchEvent:r}=qn;if(this.touchZoom&&e&&r&&t.scale!==r.scale){let n=this.getCenter(t),s=this.getZoomPosition(n),o=this.controllerState.rotateEnd(),a=Math.log2(t.scale),c=(a-Math.log2(r.scale))/(t.deltaTime-r.deltaTime),l=Math.pow(2,a+c*e/2);o=o.zoom({pos:s,scale:l}).zoomEnd(),this.updateViewport(o,{...this._getTransitionProps({around:s}),transitionDuration:e,transitionEasing:Qm},{isDragging:!1,isPanning:this.touchZoom,isZooming:this.touchZoom,isRotating:!1}),this.blockEvents(e)}else{let n=this.controllerState,s=this._getConstraintContext("zoom","end"),o=this._getConstraintContext("rotate","end"),a=n.zoomEnd(s).rotateEnd(o),c=this._getReboundTransition(this.touchZoom?s:o,a);this.updateViewport(a,c,{isDragging:!1,isPanning:!!c&&this.touchZoom,isZooming:!!c&&this.touchZoom,isRotating:!!c&&this.touchRotate})}return qn._startPinchRotation=null,qn._lastPinchEvent=null,!0}_onDoubleClick(t){if(!this.doubleClickZoom||Date.now()<this._suppressDoubleClickUntil)return!1;let e=this.getCenter(t);if(!this.isPointInBounds(e,t))return!1;let r=this.isFunctionKeyPressed(t),n=this.getZoomPosition(e),s=this.controllerState.zoom({pos:n,scale:r?.5:2});return this.updateViewport(s,this._getTransitionProps({around:n}),{isZooming:!0,isPanning:!0}),this.blockEvents(100),!0}_onDoubleClickDragStart(t){if(!this.doubleClickDragZoom)return this._doubleClickDragAnchor=null,!1;let e=this.getCenter(t);if(!this.isPointInBounds(e,t))return this._doubleClickDragAnchor=null,!1;this._doubleClickDragAnchor=this.getZoomPosition(e);let r=this.controllerState.zoomStart({pos:this._doubleClickDragAnchor},this._getConstraintContext("zoom","start"));return t.scale!==1&&(r=r.zoom({pos:this._doubleClickDragAnchor,scale:t.scale},this._getConstraintContext("zoom","update"))),this.updateViewport(r,Qi,{isDragging:!0,isPanning:!0,isZooming:!0}),!0}_onDoubleClickDrag(t){let e=this._doubleClickDragAnchor;if(!e)return!1;let r=this.controllerState.zoom({pos:e,scale:t.scale},this._getConstraintContext("zoom","update"));return this.updateViewport(r,Qi,{isDragging:!0,isPanning:!0,isZooming:!0}),!0}_onDoubleClickDragEnd(t){if(!this._doubleClickDragAnchor)return!1;this._doubleClickDragAnchor=null;let r=this.controllerState,n=this._getConstraintContext("zoom","end"),s=r.zoomEnd(n),o=this._getReboundTransition(n,s);return this.updateViewport(s,o,{isDragging:!1,isPanning:!!o,isZooming:!!o}),this._suppressDoubleClickUntil=Date.now()+100,this.blockEvents(100),!0}_onKeyDown(t){if(!this.keyboard)return!1;let e=this.isFunctionKeyPressed(t),{zoomSpeed:r,moveSpeed:n,rotateSpeedX:s,rotateSpeedY:o}=this.keyboard===!0?{}:this.keyboard,{controllerState:a}=this,c,l={};switch(t.srcEvent.code){case"Minus":c=e?a.zoomOut(r).zoomOut(r):a.zoomOut(r),l.isZooming=!0;break;case"Equal":c=e?a.zoomIn(r).zoomIn(r):a.zoomIn(r),l.isZooming=!0;break;case"ArrowLeft":e?(c=a.rotateLeft(s),l.isRotating=!0):(c=a.moveLeft(n),l.isPanning=!0);break;case"ArrowRight":e?(c=a.rotateRight(s),l.isRotating=!0):(c=a.moveRight(n),l.isPanning=!0);break;case"ArrowUp":e?(c=a.rotateUp(o),l.isRotating=!0):(c=a.moveUp(n),l.isPanning=!0);break;case"ArrowDown":e?(c=a.rotateDown(o),l.isRotating=!0):(c=a.moveDown(n),l.isPanning=!0);break;default:return!1}return this.updateViewport(c,this._getTransitionProps(),l),!0}_getTransitionProps(t){let{transition:e}=this;return!e||!e.transitionInterpolator?Qi:t?{...e,transitionInterpolator:new Yn({...t,...e.transitionInterpolator.opts,makeViewport:this.controllerState.makeViewport})}:e}};var no=Symbol("constraintAround"),lc=class{constructor(t,e,r,n){this.makeViewport=r,this._viewportProps=this.applyConstraints(t,n),this._state=e}getViewportProps(){return this._viewportProps}getState(){return this._state}};function Ju(i,t,e){let r=i-t;return r&&Number.isFinite(r)?t+r*e/(e+Math.abs(r)):t}function tg(i,t,e){let r=Me(Ae(e?.left??0),i),n=Me(Ae(e?.right??0),i),s=Me(Ae(e?.top??0),t),o=Me(Ae(e?.bottom??0),t);return{x:r,y:s,width:i-r-n,height:t-s-o}}function kb(i,t,e){let[r,n]=i.project(t);return r=Number.isFinite(r)?r:i.width/2,n=Number.isFinite(n)?n:i.height/2,{left:r-e.x,right:e.x+e.width-r,top:n-e.y,bottom:e.y+e.height-n}}var Fb=5,Z2=1.2,Nb=512,Ub=[[-1/0,-90],[1/0,90]],q2=1;function fc([i,t]){if(Math.abs(t)>90&&(t=Math.sign(t)*90),Number.isFinite(i)){let[r,n]=ni([i,t]);return[r,_e(n,0,Nb)]}let[,e]=ni([0,t]);return[i,_e(e,0,Nb)]}var eg=class extends lc{constructor(t){let{width:e,height:r,latitude:n,longitude:s,zoom:o,bearing:a=0,pitch:c=0,altitude:l=1.5,position:f=[0,0,0],maxZoom:u=20,minZoom:d=0,maxPitch:h=60,minPitch:p=0,startPanLngLat:g,startZoomLngLat:m,startRotatePos:_,startRotateLngLat:b,startBearing:v,startPitch:x,startZoom:w,normalize:S=!0,rubberBand:E=!1}=t,{[no]:T}=t;pt(Number.isFinite(s)),pt(Number.isFinite(n)),pt(Number.isFinite(o));let A=t.maxBounds||(S?Ub:null),P=t.maxBoundsPadding||null;super({width:e,height:r,latitude:n,longitude:s,zoom:o,bearing:a,pitch:c,altitude:l,maxZoom:u,minZoom:d,maxPitch:h,minPitch:p,normalize:S,position:f,maxBounds:A,maxBoundsPadding:P,rubberBand:E,[no]:T},{startPanLngLat:g,startZoomLngLat:m,startRotatePos:_,startRotateLngLat:b,startBearing:v,startPitch:x,startZoom:w},t.makeViewport,t.constraintContext),this.getAltitude=t.getAltitude}panStart({pos:t},e){return this._getUpdatedState({startPanLngLat:this._unproject(t)},e)}pan({pos:t,startPos:e},r){let n=this.getState().startPanLngLat||this._unproject(e);if(!n)return this;let o=this.makeViewport(this.getViewportProps()).panByPosition(n,t);return this._getUpdatedState(o,r)}panEnd(t){return this._getUpdatedState({startPanLngLat:null},t)}rotateStart({pos:t}){let e=this.getAltitude?.(t);return this._getUpdatedState({startRotatePos:t,startRotateLngLat:e!==void 0?this._unproject3D(t,e):void 0,startBearing:this.getViewportProps().bearing,startPitch:this.getViewportProps().pitch})}rotate({pos:t,deltaAngleX:e=0,deltaAngleY:r=0}){let{startRotatePos:n,startRotateLngLat:s,startBearing:o,startPitch:a}=this.getState();if(!n||o===void 0||a===void 0)return this;let c;if(t?c=this._getNewRotation(t,n,a,o):c={bearing:o+e,pitch:a+r},s){let l=this.makeViewport({...this.getViewportProps(),...c}),f="panByPosition3D"in l?"panByPosition3D":"panByPosition";return this._getUpdatedState({...c,...l[f](s,n)})}return this._getUpdatedState(c)}rotateEnd(){return this._getUpdatedState({startRotatePos:null,startRotateLngLat:null,startBearing:null,startPitch:null})}zoomStart({pos:t},e){return this._getUpdatedState({startZoomLngLat:this._unproject(t),startZoom:this.getViewportProps().zoom},e)}zoom({pos:t,startPos:e,scale:r},n){let{startZoom:s,startZoomLngLat:o}=this.getState();return o||(s=this.getViewportProps().zoom,o=this._unproject(e)||this._unproject(t)),o?this._getUpdatedState({zoom:s+Math.log2(r),[no]:{position:o,screenPosition:t}},n):this}zoomEnd(t){return this._getUpdatedState({startZoomLngLat:null,startZoom:null},t)}zoomIn(t=2,e){return this._zoomFromCenter(t,e)}zoomOut(t=2,e){return this._zoomFromCenter(1/t,e)}moveLeft(t=100,e){return this._panFromCenter([t,0],e)}moveRight(t=100,e){return this._panFromCenter([-t,0],e)}moveUp(t=100,e){return this._panFromCenter([0,t],e)}moveDown(t=100,e){return this._panFromCenter([0,-t],e)}rotateLeft(t=15){return this._getUpdatedState({bearing:this.getViewportProps().bearing-t})}rotateRight(t=15){return this._getUpdatedState({bearing:this.getViewportProps().bearing+t})}rotateUp(t=10){return this._getUpdatedState({pitch:this.getViewportProps().pitch+t})}rotateDown(t=10){return this._getUpdatedState({pitch:this.getViewportProps().pitch-t})}shortestPathFrom(t){let e=t.getViewportProps(),r={...this.getViewportProps()},{bearing:n,longitude:s}=r;return Math.abs(n-e.bearing)>180&&(r.bearing=n<0?n+360:n-360),Math.abs(s-e.longitude)>180&&(r.longitude=s<0?s+360:s-360),r}applyConstraints(t,e){let r=t,n=r[no];delete r[no];let{maxPitch:s,minPitch:o,pitch:a,bearing:c,normalize:l,maxBounds:f,rubberBand:u}=t;l&&(c<-180||c>180)&&(t.bearing=Zm(c+180,360)-180),t.pitch=_e(a,o,s);let d=this._constrainZoom(t.zoom,t),h=u&&e?.mode==="elastic";if(t.zoom=e?.mode==="preserve"?t.zoom:h?Ju(t.zoom,d,q2):d,n){let p=this.makeViewport(t);Object.assign(t,p.panByPosition(n.position,n.screenPosition))}if(l&&(t.longitude<-180||t.longitude>180)&&(t.longitude=Zm(t.longitude+180,360)-180),f){let p=tg(t.width,t.height,t.maxBoundsPadding),g=this.makeViewport({...t,bearing:0,pitch:0}),m=kb(g,[t.longitude,t.latitude],p),_=fc(f[0]),b=fc(f[1]),v=2**t.zoom,x=[_[0]+m.left/v,_[1]+m.bottom/v],w=[b[0]-m.right/v,b[1]-m.top/v],S=fc([t.longitude,t.latitude]),E=[_e(S[0],x[0],w[0]),_e(S[1],x[1],w[1])],T=S.slice();if(p.width>=0&&(T[0]=e?.mode==="preserve"?S[0]:h?Ju(S[0],E[0],p.width/2/v):E[0]),p.height>=0&&(T[1]=e?.mode==="preserve"?S[1]:h?Ju(S[1],E[1],p.height/2/v):E[1]),T[0]!==S[0]||T[1]!==S[1]){let[A,P]=$e(T);T[0]!==S[0]&&(t.longitude=A),T[1]!==S[1]&&(t.latitude=P)}}return t}_constrainZoom(t,e){e||(e=this.getViewportProps());let{maxZoom:r,maxBounds:n}=e,s=n!==null&&e.width>0&&e.height>0,{minZoom:o}=e;if(s){let a=tg(e.width,e.height,e.maxBoundsPadding),c=fc(n[0]),l=fc(n[1]),f=l[0]-c[0],u=l[1]-c[1];a.width>0&&Number.isFinite(f)&&f>0&&(o=Math.max(o,Math.log2(a.width/f))),a.height>0&&Number.isFinite(u)&&u>0&&(o=Math.max(o,Math.log2(a.height/u))),o>r&&(o=r)}return _e(t,o,r)}_zoomFromCenter(t,e){let{width:r,height:n}=this.getViewportProps();return this.zoom({pos:[r/2,n/2],scale:t},e)}_panFromCenter(t,e){let{width:r,height:n}=this.getViewportProps();return this.pan({startPos:[r/2,n/2],pos:[r/2+t[0],n/2+t[1]]},e)}_getUpdatedState(t,e){return new this.constructor({makeViewport:this.makeViewport,...this.getViewportProps(),...this.getState(),...t,constraintContext:e})}_unproject(t){let e=this.makeViewport(this.getViewportProps());return t&&e.unproject(t)}_unproject3D(t,e){return this.makeViewport(this.getViewportProps()).unproject(t,{targetZ:e})}_getNewRotation(t,e,r,n){let s=t[0]-e[0],o=t[1]-e[1],a=t[1],c=e[1],{width:l,height:f}=this.getViewportProps(),u=s/l,d=0;o>0?Math.abs(f-c)>Fb&&(d=o/(c-f)*Z2):o<0&&c>Fb&&(d=1-a/c),d=_e(d,-1,1);let{minPitch:h,maxPitch:p}=this.getViewportProps(),g=n+180*u,m=r;return d>0?m=r+d*(p-r):d<0&&(m=r-d*(h-r)),{pitch:m,bearing:g}}},uc=class extends cc{constructor(){super(...arguments),this.ControllerState=eg,this.transition={transitionDuration:300,transitionInterpolator:new Yn({transitionProps:{compare:["longitude","latitude","zoom","bearing","pitch","position"],required:["longitude","latitude","zoom"]}})},this.dragMode="pan",this.rotationPivot="center",this._getAltitude=t=>{if(this.rotationPivot==="2d")return 0;if(this.rotationPivot==="3d"&&this.pickPosition){let{x:e,y:r}=this.props,n=this.pickPosition(e+t[0],r+t[1]);if(n&&n.coordinate&&n.coordinate.length>=3)return n.coordinate[2]}}}setProps(t){"rotationPivot"in t&&(this.rotationPivot=t.rotationPivot||"center"),t.getAltitude=this._getAltitude,t.position=t.position||[0,0,0],t.maxBounds=t.maxBounds||(t.normalize===!1?null:Ub),super.setProps(t)}updateViewport(t,e=null,r={}){let n=t.getState();r.isDragging&&n.startRotateLngLat?r={...r,rotationPivotPosition:n.startRotateLngLat}:r.isDragging===!1&&(r={...r,rotationPivotPosition:void 0}),super.updateViewport(t,e,r)}};var Qu=class extends sc{constructor(t={}){super(t)}getViewportType(){return Dr}get ControllerType(){return uc}};Qu.displayName="MapView";var so=Qu;var X2=new Js;function K2(i,t){let e=i.order??1/0,r=t.order??1/0;return e-r}var dc=class{constructor(t){this._resolvedEffects=[],this._defaultEffects=[],this.effects=[],this._context=t,this._needsRedraw="Initial render",this._setEffects([])}addDefaultEffect(t){let e=this._defaultEffects;if(!e.find(r=>r.id===t.id)){let r=e.findIndex(n=>K2(n,t)>0);r<0?e.push(t):e.splice(r,0,t),t.setup(this._context),this._setEffects(this.effects)}}setProps(t){"effects"in t&&(wt(t.effects,this.effects,1)||this._setEffects(t.effects))}needsRedraw(t={clearRedrawFlags:!1}){let e=this._needsRedraw;return t.clearRedrawFlags&&(this._needsRedraw=!1),e}getEffects(){return this._resolvedEffects}_setEffects(t){let e={};for(let n of this.effects)e[n.id]=n;let r=[];for(let n of t){let s=e[n.id],o=n;s&&s!==n?s.setProps?(s.setProps(n.props),o=s):s.cleanup(this._context):s||n.setup(this._context),r.push(o),delete e[n.id]}for(let n in e)e[n].cleanup(this._context);this.effects=r,this._resolvedEffects=r.concat(this._defaultEffects),t.some(n=>n instanceof Js)||this._resolvedEffects.push(X2),this._needsRedraw="effects changed"}finalize(){for(let t of this._resolvedEffects)t.cleanup(this._context);this.effects.length=0,this._resolvedEffects.length=0,this._defaultEffects.length=0}};var hc=class extends Rr{shouldDrawLayer(t){let{operation:e}=t.props;return e.includes("draw")||e.includes("terrain")}render(t){return this._render(t)}};var J2="deckRenderer.renderLayers",pc=class{constructor(t,e={}){this.device=t,this.stats=e.stats,this.layerFilter=null,this.drawPickingColors=!1,this.drawLayersPass=new hc(t),this.pickLayersPass=new $n(t),this.renderCount=0,this._needsRedraw="Initial render",this.renderBuffers=[],this.lastPostProcessEffect=null}setProps(t){this.layerFilter!==t.layerFilter&&(this.layerFilter=t.layerFilter,this._needsRedraw="layerFilter changed"),this.drawPickingColors!==t.drawPickingColors&&(this.drawPickingColors=t.drawPickingColors,this._needsRedraw="drawPickingColors changed")}renderLayers(t){let e=this.drawPickingColors?this.pickLayersPass:this.drawLayersPass,r={layerFilter:this.layerFilter,isPicking:this.drawPickingColors,...t};if(!t.viewports.length){let a=e.render(r),c="stats"in a?a.stats:a;this._updateStats(c);return}r.effects&&this._preRender(r.effects,r);let n=this.lastPostProcessEffect?this.renderBuffers[0]:r.target;this.lastPostProcessEffect&&(r.clearColor=[0,0,0,0],r.clearCanvas=!0);let s=e.render({...r,target:n}),o="stats"in s?s.stats:s;r.effects&&(this.lastPostProcessEffect&&(r.clearCanvas=t.clearCanvas===void 0?!0:t.clearCanvas),this._postRender(r.effects,r)),this.renderCount++,Rt(J2,this,o,t),this._updateStats(o)}needsRedraw(t={clearRedrawFlags:!1}){let e=this._needsRedraw;return t.clearRedrawFlags&&(this._needsRedraw=!1),e}finalize(){let{renderBuffers:t}=this;for(let e of t)e.delete();t.length=0}_updateStats(t){if(!this.stats)return;let e=0;for(let{visibleCount:r}of t)e+=r;this.stats.get("Layers rendered").addCount(e)}_preRender(t,e){this.lastPostProcessEffect=null,e.preRenderStats=e.preRenderStats||{};for(let r of t)e.preRenderStats[r.id]=r.preRender(e),r.postRender&&(this.lastPostProcessEffect=r.id);this.lastPostProcessEffect&&this._resizeRenderBuffers(e.canvasContext)}_resizeRenderBuffers(t=this.device.canvasContext){let{renderBuffers:e}=this,r=t.getDrawingBufferSize(),[n,s]=r;e.length===0&&[0,1].map(o=>{let a=this.device.createTexture({sampler:{minFilter:"linear",magFilter:"linear"},width:n,height:s});e.push(this.device.createFramebuffer({id:`deck-renderbuffer-${o}`,colorAttachments:[a]}))});for(let o of e)o.resize(r)}_postRender(t,e){let{renderBuffers:r}=this,n=e.target??e.canvasContext?.getCurrentFramebuffer()??e.target,s={...e,inputBuffer:r[0],swapBuffer:r[1]};for(let o of t)if(o.postRender){s.target=o.id===this.lastPostProcessEffect?n:void 0;let a=o.postRender(s);s.inputBuffer=a,s.swapBuffer=a===r[0]?r[1]:r[0]}}};var Q2={pickedColor:null,pickedObjectIndex:-1};function ig({pickedColors:i,decodePickingColor:t,deviceX:e,deviceY:r,deviceRadius:n,deviceRect:s}){let{x:o,y:a,width:c,height:l}=s,f=n*n,u=-1,d=0;for(let h=0;h<l;h++){let p=h+a-r,g=p*p;if(g>f)d+=4*c;else for(let m=0;m<c;m++){if(i[d+3]-1>=0){let b=m+o-e,v=b*b+g;v<=f&&(f=v,u=d)}d+=4}}if(u>=0){let h=i.slice(u,u+4),p=t(h);if(p){let g=Math.floor(u/4/c),m=u/4-g*c;return{...p,pickedColor:h,pickedX:o+m,pickedY:a+g}}R.error("Picked non-existent layer. Is picking buffer corrupt?")()}return Q2}function rg({pickedColors:i,decodePickingColor:t}){let e=new Map;if(i){for(let r=0;r<i.length;r+=4)if(i[r+3]-1>=0){let s=i.slice(r,r+4),o=s.join(",");if(!e.has(o)){let a=t(s);a?e.set(o,{...a,color:s}):R.error("Picked non-existent layer. Is picking buffer corrupt?")()}}}return Array.from(e.values())}function td({pickInfo:i,viewports:t,pixelRatio:e,x:r,y:n,z:s}){let o=t[0];t.length>1&&(o=tO(i?.pickedViewports||t,{x:r,y:n}));let a;if(o){let c=[r-o.x,n-o.y];s!==void 0&&(c[2]=s),a=o.unproject(c)}return{color:null,layer:null,viewport:o,index:-1,picked:!1,x:r,y:n,pixel:[r,n],coordinate:a,devicePixel:i&&"pickedX"in i?[i.pickedX,i.pickedY]:void 0,pixelRatio:e}}function ng(i){let{pickInfo:t,lastPickedInfo:e,mode:r,layers:n}=i,{pickedColor:s,pickedLayer:o,pickedObjectIndex:a}=t,c=o?[o]:[];if(r==="hover"){let u=e.index,d=e.layerId,h=o?o.props.id:null;if(h!==d||a!==u){if(h!==d){let p=n.find(g=>g.props.id===d);p&&c.unshift(p)}e.layerId=h,e.index=a,e.info=null}}let l=td(i),f=new Map;return f.set(null,l),c.forEach(u=>{let d={...l};u===o&&(d.color=s,d.index=a,d.picked=!0),d=ed({layer:u,info:d,mode:r});let h=d.layer;u===o&&r==="hover"&&(e.info=d),f.set(h.id,d),r==="hover"&&h.updateAutoHighlight(d)}),f}function ed({layer:i,info:t,mode:e}){for(;i&&t;){let r=t.layer||null;t.sourceLayer=r,t.layer=i,t=i.getPickingInfo({info:t,mode:e,sourceLayer:r}),i=i.parent}return t}function tO(i,t){for(let e=i.length-1;e>=0;e--){let r=i[e];if(r.containsPixel(t))return r}return i[0]}var mc=class{constructor(t,e={}){this._pickable=!0,this.device=t,this.stats=e.stats,this.pickLayersPass=new $n(t),this.lastPickedInfo={index:-1,layerId:null,info:null}}setProps(t){"layerFilter"in t&&(this.layerFilter=t.layerFilter),"_pickable"in t&&(this._pickable=t._pickable)}finalize(){this.pickingFBO&&this.pickingFBO.destroy(),this.depthFBO&&this.depthFBO.destroy()}pickObjectAsync(t){return this._pickClosestObjectAsync(t)}pickObjectsAsync(t){return this._pickVisibleObjectsAsync(t)}pickObject(t){return this._pickClosestObject(t)}pickObjects(t){return this._pickVisibleObjects(t)}getLastPickedObject({x:t,y:e,layers:r,viewports:n},s=this.lastPickedInfo.info){let o=s&&s.layer&&s.layer.id,a=s&&s.viewport&&s.viewport.id,c=o?r.find(d=>d.id===o):null,l=a&&n.find(d=>d.id===a)||n[0],f=l&&l.unproject([t-l.x,e-l.y]);return{...s,...{x:t,y:e,viewport:l,coordinate:f,layer:c}}}_resizeBuffer(t=this.device.getDefaultCanvasContext()){if(!this.pickingFBO){let n=this.device.createTexture({format:"rgba8unorm",width:1,height:1,usage:Ur.RENDER_ATTACHMENT|Ur.COPY_SRC});if(this.pickingFBO=this.device.createFramebuffer({colorAttachments:[n],depthStencilAttachment:"depth16unorm"}),this.device.isTextureFormatRenderable("rgba32float")){let s=this.device.createTexture({format:"rgba32float",width:1,height:1,usage:Ur.RENDER_ATTACHMENT|Ur.COPY_SRC}),o=this.device.createFramebuffer({colorAttachments:[s],depthStencilAttachment:"depth16unorm"});this.depthFBO=o}}let[e,r]=t.getDrawingBufferSize();this.pickingFBO?.resize({width:e,height:r}),this.depthFBO?.resize({width:e,height:r})}_getPickable(t){if(this._pickable===!1)return null;let e=t.filter(r=>this.pickLayersPass.shouldDrawLayer(r)&&!r.isComposite);return e.length?e:null}async _pickClosestObjectAsync({layers:t,views:e,viewports:r,x:n,y:s,radius:o=0,depth:a=1,mode:c="query",unproject3D:l,canvasContext:f=this.device.getDefaultCanvasContext(),onViewportActive:u,effects:d}){let h=f.cssToDeviceRatio(),p=this._getPickable(t);if(!p||r.length===0)return{result:[],emptyInfo:td({viewports:r,x:n,y:s,pixelRatio:h})};this._resizeBuffer(f);let g=f.cssToDevicePixels([n,s],!0),m=[g.x+Math.floor(g.width/2),g.y+Math.floor(g.height/2)],_=Math.round(o*h),{width:b,height:v}=this.pickingFBO,x=this._getPickingRect({deviceX:m[0],deviceY:m[1],deviceRadius:_,deviceWidth:b,deviceHeight:v}),w={x:n-o,y:s-o,width:o*2+1,height:o*2+1},S,E=[],T=new Set;for(let A=0;A<a;A++){let P;if(x){let O=await this._drawAndSampleAsync({layers:p,views:e,viewports:r,onViewportActive:u,deviceRect:x,cullRect:w,effects:d,pass:`picking:${c}`,canvasContext:f});P=ig({...O,deviceX:m[0],deviceY:m[1],deviceRadius:_,deviceRect:x})}else P={pickedColor:null,pickedObjectIndex:-1};let $,N=this._getDepthLayers(P,p,l);if(N.length>0){let{pickedColors:O}=await this._drawAndSampleAsync({layers:N,views:e,viewports:r,onViewportActive:u,deviceRect:{x:P.pickedX??m[0],y:P.pickedY??m[1],width:1,height:1},cullRect:w,effects:d,pass:`picking:${c}:z`,canvasContext:f},!0);O[3]&&($=O[0])}P.pickedLayer&&A+1<a&&(T.add(P.pickedLayer),P.pickedLayer.disablePickingIndex(P.pickedObjectIndex)),S=ng({pickInfo:P,lastPickedInfo:this.lastPickedInfo,mode:c,layers:p,viewports:r,x:n,y:s,z:$,pixelRatio:h});for(let O of S.values())O.layer&&E.push(O);if(!P.pickedColor)break}for(let A of T)A.restorePickingColors();return{result:E,emptyInfo:S.get(null)}}_pickClosestObject({layers:t,views:e,viewports:r,x:n,y:s,radius:o=0,depth:a=1,mode:c="query",unproject3D:l,canvasContext:f=this.device.getDefaultCanvasContext(),onViewportActive:u,effects:d}){let h=f.cssToDeviceRatio(),p=this._getPickable(t);if(!p||r.length===0)return{result:[],emptyInfo:td({viewports:r,x:n,y:s,pixelRatio:h})};this._resizeBuffer(f);let g=f.cssToDevicePixels([n,s],!0),m=[g.x+Math.floor(g.width/2),g.y+Math.floor(g.height/2)],_=Math.round(o*h),{width:b,height:v}=this.pickingFBO,x=this._getPickingRect({deviceX:m[0],deviceY:m[1],deviceRadius:_,deviceWidth:b,deviceHeight:v}),w={x:n-o,y:s-o,width:o*2+1,height:o*2+1},S,E=[],T=new Set;for(let A=0;A<a;A++){let P;if(x){let O=this._drawAndSample({layers:p,views:e,viewports:r,onViewportActive:u,deviceRect:x,cullRect:w,effects:d,pass:`picking:${c}`,canvasContext:f});P=ig({...O,deviceX:m[0],deviceY:m[1],deviceRadius:_,deviceRect:x})}else P={pickedColor:null,pickedObjectIndex:-1};let $,N=this._getDepthLayers(P,p,l);if(N.length>0){let{pickedColors:O}=this._drawAndSample({layers:N,views:e,viewports:r,onViewportActive:u,deviceRect:{x:P.pickedX??m[0],y:P.pickedY??m[1],width:1,height:1},cullRect:w,effects:d,pass:`picking:${c}:z`,canvasContext:f},!0);O[3]&&($=O[0])}P.pickedLayer&&A+1<a&&(T.add(P.pickedLayer),P.pickedLayer.disablePickingIndex(P.pickedObjectIndex)),S=ng({pickInfo:P,lastPickedInfo:this.lastPickedInfo,mode:c,layers:p,viewports:r,x:n,y:s,z:$,pixelRatio:h});for(let O of S.values())O.layer&&E.push(O);if(!P.pickedColor)break}for(let A of T)A.restorePickingColors();return{result:E,emptyInfo:S.get(null)}}async _pickVisibleObjectsAsync({layers:t,views:e,viewports:r,x:n,y:s,width:o=1,height:a=1,mode:c="query",maxObjects:l=null,canvasContext:f=this.device.getDefaultCanvasContext(),onViewportActive:u,effects:d}){let h=this._getPickable(t);if(!h||r.length===0)return[];this._resizeBuffer(f);let p=f.cssToDeviceRatio(),g=f.cssToDevicePixels([n,s],!0),m=g.x,_=g.y+g.height,b=f.cssToDevicePixels([n+o,s+a],!0),v=b.x+b.width,x=b.y,w={x:m,y:x,width:v-m,height:_-x},S=await this._drawAndSampleAsync({layers:h,views:e,viewports:r,onViewportActive:u,deviceRect:w,cullRect:{x:n,y:s,width:o,height:a},effects:d,pass:`picking:${c}`,canvasContext:f}),E=rg(S),T=new Map,A=[],P=Number.isFinite(l);for(let $=0;$<E.length&&!(P&&A.length>=l);$++){let N=E[$],O={color:N.pickedColor,layer:null,index:N.pickedObjectIndex,picked:!0,x:n,y:s,pixelRatio:p};O=ed({layer:N.pickedLayer,info:O,mode:c});let K=O.layer.id;T.has(K)||T.set(K,new Set);let St=T.get(K),dt=O.object??O.index;St.has(dt)||(St.add(dt),A.push(O))}return A}_pickVisibleObjects({layers:t,views:e,viewports:r,x:n,y:s,width:o=1,height:a=1,mode:c="query",maxObjects:l=null,canvasContext:f=this.device.getDefaultCanvasContext(),onViewportActive:u,effects:d}){let h=this._getPickable(t);if(!h||r.length===0)return[];this._resizeBuffer(f);let p=f.cssToDeviceRatio(),g=f.cssToDevicePixels([n,s],!0),m=g.x,_=g.y+g.height,b=f.cssToDevicePixels([n+o,s+a],!0),v=b.x+b.width,x=b.y,w={x:m,y:x,width:v-m,height:_-x},S=this._drawAndSample({layers:h,views:e,viewports:r,onViewportActive:u,deviceRect:w,cullRect:{x:n,y:s,width:o,height:a},effects:d,pass:`picking:${c}`,canvasContext:f}),E=rg(S),T=new Map,A=[],P=Number.isFinite(l);for(let $=0;$<E.length&&!(P&&A.length>=l);$++){let N=E[$],O={color:N.pickedColor,layer:null,index:N.pickedObjectIndex,picked:!0,x:n,y:s,pixelRatio:p};O=ed({layer:N.pickedLayer,info:O,mode:c});let K=O.layer.id;T.has(K)||T.set(K,new Set);let St=T.get(K),dt=O.object??O.index;St.has(dt)||(St.add(dt),A.push(O))}return A}async _drawAndSampleAsync({layers:t,views:e,viewports:r,onViewportActive:n,deviceRect:s,cullRect:o,effects:a,pass:c,canvasContext:l},f=!1){let u=f?this.depthFBO:this.pickingFBO,d={layers:t,layerFilter:this.layerFilter,views:e,viewports:r,onViewportActive:n,pickingFBO:u,deviceRect:s,cullRect:o,effects:a,pass:c,canvasContext:l,pickZ:f,preRenderStats:{},isPicking:!0};for(let w of a)w.useInPicking&&(d.preRenderStats[w.id]=w.preRender(d));let{decodePickingColor:h,stats:p}=this.pickLayersPass.render(d);this._updateStats(p);let{x:g,y:m,width:_,height:b}=s,v=u.colorAttachments[0]?.texture;if(!v)throw new Error("Picking framebuffer color attachment is missing");let x=await this._readTextureDataAsync(v,{x:g,y:m,width:_,height:b},f?Float32Array:Uint8Array);if(!f){let w=!1;for(let S=3;S<x.length;S+=4)if(x[S]!==0){w=!0;break}!w&&x.length>0&&R.warn("Async pick readback returned only zero alpha values",{deviceRect:s,bytes:Array.from(x.subarray(0,Math.min(x.length,16)))})()}return{pickedColors:x,decodePickingColor:h}}async _readTextureDataAsync(t,e,r){let{width:n,height:s}=e,o=t.computeMemoryLayout(e),a=this.device.createBuffer({byteLength:o.byteLength,usage:Jt.COPY_DST|Jt.MAP_READ});try{t.readBuffer(e,a);let c=await a.readAsync(0,o.byteLength),l=r.BYTES_PER_ELEMENT;if(o.bytesPerRow%l!==0)throw new Error(`Texture readback row stride ${o.bytesPerRow} is not aligned to ${l}-byte elements.`);let f=new r(c.buffer,c.byteOffset,o.byteLength/l),u=n*4,d=o.bytesPerRow/l;if(d<u)throw new Error(`Texture readback row stride ${d} is smaller than packed row length ${u}.`);let h=new r(n*s*4);for(let p=0;p<s;p++){let g=p*d;h.set(f.subarray(g,g+u),p*u)}return h}finally{a.destroy()}}_drawAndSample({layers:t,views:e,viewports:r,onViewportActive:n,deviceRect:s,cullRect:o,effects:a,pass:c,canvasContext:l},f=!1){let u=f?this.depthFBO:this.pickingFBO,d={layers:t,layerFilter:this.layerFilter,views:e,viewports:r,onViewportActive:n,pickingFBO:u,deviceRect:s,cullRect:o,effects:a,pass:c,canvasContext:l,pickZ:f,preRenderStats:{},isPicking:!0};for(let x of a)x.useInPicking&&(d.preRenderStats[x.id]=x.preRender(d));let{decodePickingColor:h,stats:p}=this.pickLayersPass.render(d);this._updateStats(p);let{x:g,y:m,width:_,height:b}=s,v=new(f?Float32Array:Uint8Array)(_*b*4);return this.device.readPixelsToArrayWebGL(u,{sourceX:g,sourceY:m,sourceWidth:_,sourceHeight:b,target:v}),{pickedColors:v,decodePickingColor:h}}_updateStats(t){if(!this.stats)return;let e=0;for(let{visibleCount:r}of t)e+=r;this.stats.get("Layers picked").addCount(e)}_getDepthLayers(t,e,r){if(!r||!this.depthFBO)return[];let{pickedLayer:n}=t,s=n?.state?.terrainDrawMode==="drape";return n&&!s?[n]:e.filter(o=>o.props.operation.includes("terrain"))}_getPickingRect({deviceX:t,deviceY:e,deviceRadius:r,deviceWidth:n,deviceHeight:s}){let o=Math.max(0,t-r),a=Math.max(0,e-r),c=Math.min(n,t+r+1)-o,l=Math.min(s,e+r+1)-a;return c<=0||l<=0?null:{x:o,y:a,width:c,height:l}}};var eO={"top-left":{top:0,left:0},"top-right":{top:0,right:0},"bottom-left":{bottom:0,left:0},"bottom-right":{bottom:0,right:0},fill:{top:0,left:0,bottom:0,right:0}},iO="top-left",zb="root",id=class{constructor({deck:t,parentElement:e}){this.defaultWidgets=[],this.widgets=[],this.resolvedWidgets=[],this.containers={},this.lastViewports={},this.deck=t,e?.classList.add("deck-widget-container"),this.parentElement=e}getWidgets(){return this.resolvedWidgets}setProps(t){if(t.widgets&&!wt(t.widgets,this.widgets,1)){let e=t.widgets.filter(Boolean);this._setWidgets(e)}}finalize(){for(let t of this.getWidgets())this._removeWidget(t);this.defaultWidgets.length=0,this.resolvedWidgets.length=0;for(let t in this.containers)this.containers[t].remove()}addDefault(t){this.defaultWidgets.find(e=>e.id===t.id)||(this._addWidget(t),this.defaultWidgets.push(t),this._setWidgets(this.widgets))}onRedraw({viewports:t,layers:e}){let r=t.reduce((n,s)=>(n[s.id]=s,n),{});for(let n of this.getWidgets()){let{viewId:s}=n;if(s){let o=r[s];o&&(n.onViewportChange&&n.onViewportChange(o),n.onRedraw?.({viewports:[o],layers:e}))}else{if(n.onViewportChange)for(let o of t)n.onViewportChange(o);n.onRedraw?.({viewports:t,layers:e})}}this.lastViewports=r,this._updateContainers()}onHover(t,e){for(let r of this.getWidgets()){let{viewId:n}=r;(!n||n===t.viewport?.id)&&r.onHover?.(t,e)}}getCanvasBounds(t){let r=this.deck?.getCanvas?.()?.getBoundingClientRect(),n=this.parentElement?.getBoundingClientRect(),s=this.deck?.getCanvasContext?.(t?.id);if(s&&n){s.updatePosition();let[o,a]=s.getPosition(),[c,l]=s.getCSSSize();return{x:o-n.left,y:a-n.top,width:c,height:l}}return{x:r&&n?r.left-n.left:0,y:r&&n?r.top-n.top:0,width:r?.width||this.deck?.width||0,height:r?.height||this.deck?.height||0}}onEvent(t,e){let r=Zs[e.type];if(r)for(let n of this.getWidgets()){let{viewId:s}=n;(!s||s===t.viewport?.id)&&n[r]?.(t,e)}}_setWidgets(t){let e={};for(let r of this.resolvedWidgets)e[r.id]=r;this.resolvedWidgets.length=0;for(let r of this.defaultWidgets)e[r.id]=null,this.resolvedWidgets.push(r);for(let r of t){let n=e[r.id];n?n.viewId!==r.viewId||n.placement!==r.placement?(this._removeWidget(n),this._addWidget(r)):r!==n&&(n.setProps(r.props),r=n):this._addWidget(r),e[r.id]=null,this.resolvedWidgets.push(r)}for(let r in e){let n=e[r];n&&this._removeWidget(n)}this.widgets=t}_addWidget(t){let{viewId:e=null,placement:r=iO}=t,n=t.props._container??e;t.widgetManager=this,t.deck=this.deck,t.rootElement=t._onAdd({deck:this.deck,viewId:e}),t.rootElement&&this._getContainer(n,r).append(t.rootElement),t.updateHTML()}_removeWidget(t){t.onRemove?.(),t.rootElement&&t.rootElement.remove(),t.rootElement=void 0,t.deck=void 0,t.widgetManager=void 0}_getContainer(t,e){if(t&&typeof t!="string")return t;let r=t||zb,n=this.containers[r];n||(n=document.createElement("div"),n.style.pointerEvents="none",n.style.position="absolute",n.style.overflow="hidden",this.parentElement?.append(n),this.containers[r]=n);let s=n.querySelector(`.${e}`);return s||(s=globalThis.document.createElement("div"),s.className=e,s.style.position="absolute",s.style.zIndex="2",Object.assign(s.style,eO[e]),n.append(s)),s}_updateContainers(){for(let t in this.containers){let e=this.lastViewports[t]||null,r=t===zb||e,n=this.containers[t];if(r){let s=this._getContainerBounds(e);n.style.display="block",n.style.left=`${s.x}px`,n.style.top=`${s.y}px`,n.style.width=`${s.width}px`,n.style.height=`${s.height}px`}else n.style.display="none"}}_getContainerBounds(t){if(!t)return{x:0,y:0,width:this.parentElement?.clientWidth||this.deck.width,height:this.parentElement?.clientHeight||this.deck.height};let e=this.getCanvasBounds(t);return{x:e.x+t.x,y:e.y+t.y,width:t.width,height:t.height}}};function sg(i,t){t&&Object.entries(t).map(([e,r])=>{e.startsWith("--")?i.style.setProperty(e,r):i.style[e]=r})}function Vb(i,t){t&&Object.keys(t).map(e=>{e.startsWith("--")?i.style.removeProperty(e):i.style[e]=""})}var oo=class{constructor(t){this.viewId=null,this.props={...this.constructor.defaultProps,...t},this.id=this.props.id}setProps(t){let e=this.props,r=this.rootElement;r&&e.className!==t.className&&(e.className&&r.classList.remove(e.className),t.className&&r.classList.add(t.className)),r&&!wt(e.style,t.style,1)&&(Vb(r,e.style),sg(r,t.style)),Object.assign(this.props,t),this.updateHTML()}updateHTML(){this.rootElement&&this.onRenderHTML(this.rootElement)}get viewIds(){return this.viewId?[this.viewId]:this.deck?.getViews().map(t=>t.id)??[]}getViewState(t){return this.deck?.viewManager?.getViewState(t)||{}}setViewState(t,e){this.deck?._onViewStateChange({viewId:t,viewState:e,interactionState:{}})}onCreateRootElement(){let t=["deck-widget",this.className,this.props.className],e=document.createElement("div");return t.filter(r=>typeof r=="string"&&r.length>0).forEach(r=>e.classList.add(r)),sg(e,this.props.style),e}_onAdd(t){return this.onAdd(t)??this.onCreateRootElement()}onAdd(t){}onRemove(){}onViewportChange(t){}onRedraw(t){}onHover(t,e){}onClick(t,e){}onDrag(t,e){}onDragStart(t,e){}onDragEnd(t,e){}};oo.defaultProps={id:"widget",style:{},_container:null,className:""};var rO={zIndex:"1",position:"absolute",pointerEvents:"none",color:"#a0a7b4",backgroundColor:"#29323c",padding:"10px",top:"0",left:"0",display:"none"},gc=class extends oo{constructor(t={}){super(t),this.id="default-tooltip",this.placement="fill",this.className="deck-tooltip",this.isVisible=!1,this.setProps(t)}onCreateRootElement(){let t=document.createElement("div");return t.className=this.className,Object.assign(t.style,rO),t}onRenderHTML(t){}onViewportChange(t){this.isVisible&&t.id===this.lastViewport?.id&&!t.equals(this.lastViewport)&&this.setTooltip(null),this.lastViewport=t}onHover(t){let{deck:e}=this,r=e&&e.props.getTooltip;if(!r)return;let n=r(t),s=this.widgetManager?.getCanvasBounds(t.viewport),o=t.x+(s?.x||0),a=t.y+(s?.y||0);this.setTooltip(n,o,a)}setTooltip(t,e,r){let n=this.rootElement;if(n){if(typeof t=="string")n.innerText=t;else if(t)t.text&&(n.innerText=t.text),t.html&&(n.innerHTML=t.html),t.className&&(n.className=t.className);else{this.isVisible=!1,n.style.display="none";return}this.isVisible=!0,n.style.display="block",n.style.transform=`translate(${e}px, ${r}px)`,t&&typeof t=="object"&&"style"in t&&Object.assign(n.style,t.style)}}};gc.defaultProps={...oo.defaultProps};var yc=class{constructor(t){this.targets={},this.order=[],this.eventManagers={},this._eventRootToCanvasId=new WeakMap,this._createEventManager=t.createEventManager,this._getEventRoot=t.getEventRoot}finalize(){for(let t of Object.values(this.targets))t.eventManager.destroy(),t.presentationContext.destroy();this.targets={},this.order=[],this.eventManagers={},this._eventRootToCanvasId=new WeakMap}syncCanvasEntries(t){let e=this._normalizeCanvasList(t.canvases),r={},n=[],s=new Map;for(let{canvas:a}of e){let c=this._getEventRoot(a);s.set(c,(s.get(c)||0)+1)}for(let{id:a,canvas:c}of e){let l=this._getEventRoot(c),f=s.get(l)===1?l:c,u=this.targets[a];if(!u||u.device!==t.device||u.canvas!==c||u.eventRoot!==f){u?.eventManager.destroy(),u?.presentationContext.destroy();let d=t.device.createPresentationContext({id:a,canvas:c,useDevicePixels:t.useDevicePixels,autoResize:!0});u={id:a,device:t.device,canvas:c,eventRoot:f,presentationContext:d,eventManager:this._createEventManager(f)}}this._eventRootToCanvasId.set(f,a),this._eventRootToCanvasId.set(c,a),r[a]=u,n.push(a)}for(let[a,c]of Object.entries(this.targets))r[a]||(c.eventManager.destroy(),c.presentationContext.destroy());this.targets=r,this.order=n;let o=Object.fromEntries(Object.entries(r).map(([a,c])=>[a,c.eventManager]));this._haveSameEventManagers(o)||(this.eventManagers=o)}getCanvasIdFromEvent(t){return t?this._eventRootToCanvasId.get(t):void 0}getTarget(t){return this.targets[t||this.order[0]||un]||null}_normalizeCanvasList(t=[]){let e=new Set;return t.map((r,n)=>{let s,o;return typeof r=="string"?(s=document.getElementById(r),pt(s,`Canvas with id ${r} not found`),o=r):(s=r,o=s.id||`deckgl-canvas-${n}`),pt(!e.has(o),`Duplicate canvas id ${o}`),e.add(o),{id:o,canvas:s}})}_haveSameEventManagers(t){let e=Object.keys(t),r=Object.keys(this.eventManagers);return e.length===r.length&&e.every(n=>t[n]===this.eventManagers[n])}};function Fr(){}var nO=({isDragging:i})=>i?"grabbing":"grab",jb={id:"",width:"100%",height:"100%",style:null,viewState:null,initialViewState:null,pickingRadius:0,pickAsync:"auto",layerFilter:null,parameters:{},parent:null,device:null,deviceProps:{},gl:null,canvas:null,_canvases:null,layers:[],effects:[],views:null,controller:null,useDevicePixels:!0,touchAction:"none",eventRecognizerOptions:{},_framebuffer:null,_animate:!1,_pickable:!0,_typedArrayManagerProps:{},_customRender:null,widgets:[],onDeviceInitialized:Fr,onWebGLInitialized:Fr,onResize:Fr,onViewStateChange:Fr,onInteractionStateChange:Fr,onBeforeRender:Fr,onAfterRender:Fr,onLoad:Fr,onError:i=>R.error(i.message,i.cause)(),onHover:null,onClick:null,onDragStart:null,onDrag:null,onDragEnd:null,_onMetrics:null,getCursor:nO,getTooltip:null,debug:!1,drawPickingColors:!1},vc=class{constructor(t){this.width=0,this.height=0,this.userData={},this.device=null,this.canvas=null,this.viewManager=null,this.layerManager=null,this.effectManager=null,this.deckRenderer=null,this.deckPicker=null,this.eventManager=null,this.eventManagers={},this.widgetManager=null,this.tooltip=null,this.animationLoop=null,this._canvasContext=null,this._deviceResizeHandler=null,this.cursorState={isHovering:!1,isDragging:!1},this.stats=new xl({id:"deck.gl"}),this.metrics={fps:0,setPropsTime:0,layersCount:0,drawLayersCount:0,updateLayersCount:0,updateAttributesCount:0,updateAttributesTime:0,framesRedrawn:0,pickTime:0,pickCount:0,pickLayersCount:0,gpuTime:0,gpuTimePerFrame:0,cpuTime:0,cpuTimePerFrame:0,bufferMemory:0,textureMemory:0,renderbufferMemory:0,gpuMemory:0},this._metricsCounter=0,this._hoverPickSequence=0,this._pointerDownPickSequence=0,this._needsRedraw="Initial render",this._canvasManager=new yc({createEventManager:n=>this._createEventManager(n),getEventRoot:n=>this._getEventRoot(n)}),this._ownedCanvas=null,this._pickRequest={mode:"hover",x:-1,y:-1,radius:0,canvasId:void 0,event:null,unproject3D:!1},this._lastPointerDownInfo=null,this._lastPointerDownInfoPromise=null,this._onPointerMove=n=>{let{_pickRequest:s}=this,o=this._getCanvasIdFromEvent(n);if(n.type==="pointerleave")s.x=-1,s.y=-1,s.radius=0,s.canvasId=o;else{if(n.leftButton||n.rightButton)return;{let a=n.offsetCenter;if(!a)return;s.x=a.x,s.y=a.y,s.radius=this.props.pickingRadius,s.canvasId=o}}this.layerManager&&(this.layerManager.context.mousePosition={x:s.x,y:s.y}),s.event=n},this._onEvent=n=>{let s=Zs[n.type],o=n.offsetCenter,a=this._getCanvasIdFromEvent(n);if(!s||!o||!this.layerManager)return;let c=this.layerManager.getLayers(),l=this._getInternalPickingMode();if(!l)return;if(l==="sync"){let u=n.type==="click"&&this._shouldUnproject3D(c)?this._getFirstPickedInfo(this._pickPointSync(this._getPointPickOptions(o.x,o.y,{unproject3D:!0,canvasId:a},c))):this._getLastPointerDownPickingInfo(o.x,o.y,a,c);this._dispatchPickingEvent(u,n);return}(this._lastPointerDownInfoPromise||Promise.resolve(this._getLastPointerDownPickingInfo(o.x,o.y,a,c))).then(u=>{this._dispatchPickingEvent(u,n)}).catch(u=>this.props.onError?.(u))},this._onPointerDown=n=>{let s=n.offsetCenter,o=this._getCanvasIdFromEvent(n);if(!s)return;let a=this._getInternalPickingMode();if(!a)return;let c=this.layerManager?.getLayers()||[],l=++this._pointerDownPickSequence;if(a==="sync"){let u=this._pickPointSync({x:s.x,y:s.y,canvasId:o,radius:this.props.pickingRadius}),d=this._getFirstPickedInfo(u);this._lastPointerDownInfo=d,this._lastPointerDownInfoPromise=Promise.resolve(d);return}let f=this._pickPointAsync(this._getPointPickOptions(s.x,s.y,{canvasId:o},c)).then(u=>this._getFirstPickedInfo(u)).then(u=>(l===this._pointerDownPickSequence&&(this._lastPointerDownInfo=u),u)).catch(u=>{this.props.onError?.(u);let d=this.deckPicker&&this.viewManager?this._getLastPointerDownPickingInfo(s.x,s.y,o,c):{};return l===this._pointerDownPickSequence&&(this._lastPointerDownInfo=d),d});this._lastPointerDownInfo=null,this._lastPointerDownInfoPromise=f};let e=t;this.props={...jb,...t},t=this.props,this._validateCanvasConfiguration(t),t.viewState&&t.initialViewState&&R.warn("View state tracking is disabled. Use either `initialViewState` for auto update or `viewState` for manual update.")(),this.viewState=this.props.initialViewState,t.device&&(this.device=t.device,this._setDeviceCanvasContext(t.device));let r=this.device;!r&&t.gl&&(t.gl instanceof WebGLRenderingContext&&R.error("WebGL1 context not supported.")(),r=Pl.attach(t.gl,{_cacheShaders:!0,_cachePipelines:!0,...this.props.deviceProps})),r||(r=this._createDevice(t)),this.animationLoop=this._createAnimationLoop(r,t),this.setProps(e),t._typedArrayManagerProps&&Ii.setOptions(t._typedArrayManagerProps),this.animationLoop.start()}finalize(){this._restoreDeviceResizeHandler(),this.animationLoop?.stop(),this.animationLoop?.destroy(),this.animationLoop=null,this._hoverPickSequence++,this._pointerDownPickSequence++,this._lastPointerDownInfo=null,this._lastPointerDownInfoPromise=null,this.layerManager?.finalize(),this.layerManager=null,this.viewManager?.finalize(),this.viewManager=null,this.effectManager?.finalize(),this.effectManager=null,this.deckRenderer?.finalize(),this.deckRenderer=null,this.deckPicker?.finalize(),this.deckPicker=null,Object.keys(this._canvasManager.targets).length||this.eventManager?.destroy(),this.eventManager=null,this.eventManagers={},this.widgetManager?.finalize(),this.widgetManager=null,this._canvasManager.finalize(),this._isMultiCanvasMode()?this.canvas=null:this.canvas&&this.canvas===this._ownedCanvas&&(this.canvas.parentElement?.removeChild(this.canvas),this.canvas=null,this._ownedCanvas=null),this._canvasContext=null}setProps(t){this.stats.get("setProps Time").timeStart(),"onLayerHover"in t&&R.removed("onLayerHover","onHover")(),"onLayerClick"in t&&R.removed("onLayerClick","onClick")(),t.initialViewState&&!wt(this.props.initialViewState,t.initialViewState,3)&&(this.viewState=t.initialViewState),pt(!("_canvases"in t)||Array.isArray(t._canvases)===this._isMultiCanvasMode()),Object.assign(this.props,t),this._validateCanvasConfiguration(this.props),this._validateInternalPickingMode(),this.device&&this._isMultiCanvasMode()&&this._syncCanvasTargets(),this._setCanvasSize(this.props);let e=Object.create(this.props);if(Object.assign(e,{views:this._getViews(),width:this.width,height:this.height,viewState:this._getViewState(),eventManagers:this.eventManagers}),t.device&&t.device.id!==this.device?.id){let r=t.device.getDefaultCanvasContext();this.animationLoop?.stop(),!this._isMultiCanvasMode()&&this.canvas!==r.canvas&&(this.canvas?.remove(),this.eventManager?.destroy(),this.canvas=null),this._setDeviceCanvasContext(t.device),R.log(`recreating animation loop for new device! id=${t.device.id}`)(),this.animationLoop=this._createAnimationLoop(t.device,t),this.animationLoop.start()}if(this.animationLoop?.setProps(e),t.useDevicePixels!==void 0&&this._canvasContext?.setProps){this._canvasContext.setProps({useDevicePixels:t.useDevicePixels});for(let r of Object.values(this._canvasManager.targets))r.presentationContext.setProps({useDevicePixels:t.useDevicePixels})}this.layerManager&&(this.viewManager.setProps(e),this.layerManager.activateViewport(this.getViewports()[0]),this.layerManager.setProps(e),this.effectManager.setProps(e),this.deckRenderer.setProps(e),this.deckPicker.setProps(e),this.widgetManager.setProps(e)),this.stats.get("setProps Time").timeEnd()}needsRedraw(t={clearRedrawFlags:!1}){if(!this.layerManager)return!1;if(this.props._animate)return"Deck._animate";let e=this._needsRedraw;t.clearRedrawFlags&&(this._needsRedraw=!1);let r=this.viewManager.needsRedraw(t),n=this.layerManager.needsRedraw(t),s=this.effectManager.needsRedraw(t),o=this.deckRenderer.needsRedraw(t);return e=e||r||n||s||o,e}redraw(t){if(!this.layerManager)return;let e=this.needsRedraw({clearRedrawFlags:!0});e=t||e,e&&(this.stats.get("Redraw Count").incrementCount(),this.props._customRender?this.props._customRender(e):this._drawLayers(e))}get isInitialized(){return this.viewManager!==null}getViews(){return pt(this.viewManager),this.viewManager.views}getView(t){return pt(this.viewManager),this.viewManager.getView(t)}getViewports(t){return pt(this.viewManager),this.viewManager.getViewports(t)}getCanvas(){return this.canvas}getCanvasContext(t){let e=t?this.viewManager?.getView(t)?.props.canvasId:void 0;return this._getCanvasContext(e)}getEventManager(t){if(!t||!this.viewManager)return this.eventManager;let e=this.viewManager.getCanvasId(t)||un;return this.eventManagers[e]||this.eventManager}async pickObjectAsync(t){let e=(await this._pickAsync("pickObjectAsync","pickObject Time",t)).result;return e.length?e[0]:null}async pickObjectsAsync(t){return await this._pickAsync("pickObjectsAsync","pickObjects Time",t)}pickObject(t){let e=this._pick("pickObject","pickObject Time",t).result;return e.length?e[0]:null}pickMultipleObjects(t){return t.depth=t.depth||10,this._pick("pickObject","pickMultipleObjects Time",t).result}pickObjects(t){return this._pick("pickObjects","pickObjects Time",t)}_pickPositionForController(t,e,r){return this._getInternalPickingMode()!=="sync"?null:this.pickObject({x:t,y:e,radius:0,unproject3D:!0,canvasId:r?this.viewManager?.getCanvasId(r):void 0})}_addResources(t,e=!1){for(let r in t)this.layerManager.resourceManager.add({resourceId:r,data:t[r],forceUpdate:e})}_removeResources(t){for(let e of t)this.layerManager.resourceManager.remove(e)}_addDefaultEffect(t){this.effectManager.addDefaultEffect(t)}_addDefaultShaderModule(t){this.layerManager.addDefaultShaderModule(t)}_removeDefaultShaderModule(t){this.layerManager?.removeDefaultShaderModule(t)}_resolveInternalPickingMode(){let{pickAsync:t}=this.props,e=this.device?.type||this.props.deviceProps?.type;if(t==="auto")return e==="webgpu"?"async":"sync";if(t==="sync"&&e==="webgpu")throw new Error('`pickAsync: "sync"` is not supported when Deck is using a WebGPU device.');return t}_getInternalPickingMode(){try{return this._resolveInternalPickingMode()}catch(t){return this.props.onError?.(t),null}}_validateInternalPickingMode(){this._getInternalPickingMode()}_getFirstPickedInfo({result:t,emptyInfo:e}){return t[0]||e}_shouldUnproject3D(t=this.layerManager?.getLayers()||[]){return t.some(e=>e.props.pickable==="3d")}_getPointPickOptions(t,e,r={},n=this.layerManager?.getLayers()||[]){return{x:t,y:e,canvasId:r.canvasId,radius:this.props.pickingRadius,unproject3D:this._shouldUnproject3D(n),...r}}_pickPointSync(t){return this._pick("pickObject","pickObject Time",t)}_pickPointAsync(t){return this._pickAsync("pickObjectAsync","pickObject Time",t)}_getLastPointerDownPickingInfo(t,e,r,n=this.layerManager?.getLayers()||[]){return this.deckPicker.getLastPickedObject({x:t,y:e,layers:n,viewports:this.getViewports({x:t,y:e,canvasId:r})},this._lastPointerDownInfo)}_applyHoverCallbacks({result:t,emptyInfo:e},r){if(!this.widgetManager)return;this.cursorState.isHovering=t.length>0;let n=e,s=!1;for(let o of t)n=o,s=o.layer?.onHover(o,r)||s;s||(this.props.onHover?.(n,r),this.widgetManager.onHover(n,r))}_dispatchPickingEvent(t,e){if(!this.layerManager||!this.widgetManager)return;let r=Zs[e.type];if(!r)return;let{layer:n}=t,s=n&&(n[r]||n.props[r]),o=this.props[r],a=!1;s&&(a=s.call(n,t,e)),a||(o?.(t,e),this.widgetManager.onEvent(t,e))}_pickAsync(t,e,r){pt(this.deckPicker);let{stats:n}=this,s=this._isMultiCanvasMode()?r.canvasId||this._getDefaultCanvasId():r.canvasId,o=this._getCanvasContext(s)||void 0;n.get("Pick Count").incrementCount(),n.get(e).timeStart(),this._resizeForCanvasTarget(s);let a=this.deckPicker[t]({layers:this.layerManager.getLayers(r),views:this.viewManager.getViews(),viewports:this.getViewports({...r,canvasId:s}),onViewportActive:this.layerManager.activateViewport,effects:this.effectManager.getEffects(),...r,canvasId:s,canvasContext:o});return n.get(e).timeEnd(),a}_pick(t,e,r){pt(this.deckPicker);let{stats:n}=this,s=this._isMultiCanvasMode()?r.canvasId||this._getDefaultCanvasId():r.canvasId,o=this._getCanvasContext(s)||void 0;n.get("Pick Count").incrementCount(),n.get(e).timeStart(),this._resizeForCanvasTarget(s);let a=this.deckPicker[t]({layers:this.layerManager.getLayers(r),views:this.viewManager.getViews(),viewports:this.getViewports({...r,canvasId:s}),onViewportActive:this.layerManager.activateViewport,effects:this.effectManager.getEffects(),...r,canvasId:s,canvasContext:o});return n.get(e).timeEnd(),a}_createCanvas(t){let e=t.canvas;return typeof e=="string"&&(e=document.getElementById(e),pt(e)),e?this._ownedCanvas=null:(e=document.createElement("canvas"),e.id=t.id||"deckgl-overlay",t.width&&typeof t.width=="number"&&(e.width=t.width),t.height&&typeof t.height=="number"&&(e.height=t.height),(t.parent||document.body).appendChild(e),this._ownedCanvas=e),Object.assign(e.style,t.style),e}_isMultiCanvasMode(){return Array.isArray(this.props._canvases)}_getDefaultCanvasId(){return this._canvasManager.order[0]||un}_validateCanvasConfiguration(t){Array.isArray(t._canvases)&&(pt(!t.canvas),pt(!t.gl),pt(!t.device?.canvasContext||t.device.getDefaultCanvasContext().offscreenCanvas))}_createEventManager(t){let e=new Ga(t,{touchAction:this.props.touchAction,recognizers:Object.keys(Um).map(r=>{let[n,s,o,a]=Um[r],c=this.props.eventRecognizerOptions?.[r],l={...s,...c,event:r};return{recognizer:new n(l),recognizeWith:o,requireFailure:a}}),events:{pointerdown:this._onPointerDown,pointermove:this._onPointerMove,pointerleave:this._onPointerMove}});for(let r in Zs)r==="dblclick"?e.watch(r,this._onEvent):e.on(r,this._onEvent);return e}_getEventRoot(t){return t.closest(".deck-events-root")||this.props.parent?.querySelector(".deck-events-root")||t}_syncCanvasTargets(){if(!this.device||!this._isMultiCanvasMode())return;this._canvasManager.syncCanvasEntries({device:this.device,canvases:this.props._canvases||[],useDevicePixels:this.props.useDevicePixels}),this.eventManagers=this._canvasManager.eventManagers;let t=this._getDefaultCanvasId();this.eventManager=this.eventManagers[t]||null,this.canvas=this._canvasManager.targets[t]?.canvas||null}_setCanvasContext(t){this._canvasContext=t,"style"in t.canvas&&(this.canvas=t.canvas)}_setDeviceCanvasContext(t,e={}){let r=t.getDefaultCanvasContext();this._setCanvasContext(r),this._setDeviceResizeHandler(t,e)}_setDeviceResizeHandler(t,e={}){let r=!!e.syncDrawingBuffer;if(this._deviceResizeHandler?.device===t){this._deviceResizeHandler.syncDrawingBuffer=r;return}this._restoreDeviceResizeHandler();let n=s=>{this._isMultiCanvasMode()?this._updateMultiCanvasDimensions():s===this._canvasContext&&this._canvasContext&&this._onCanvasContextResize(this._canvasContext,{syncDrawingBuffer:this._deviceResizeHandler?.syncDrawingBuffer})};t.props.onResize=n,this._deviceResizeHandler={device:t,onResize:n,syncDrawingBuffer:r}}_restoreDeviceResizeHandler(){let t=this._deviceResizeHandler;t&&t.device.props?.onResize===t.onResize&&(t.device.props.onResize=Fr),this._deviceResizeHandler=null}_setCanvasSize(t){if(this._isMultiCanvasMode()||!this.canvas)return;let{width:e,height:r}=t;if(e||e===0){let n=Number.isFinite(e)?`${e}px`:e;this.canvas.style.width=n}if(r||r===0){let n=Number.isFinite(r)?`${r}px`:r;this.canvas.style.position=t.style?.position||"absolute",this.canvas.style.height=n}}_getCanvasIdFromEvent(t){return this._canvasManager.getCanvasIdFromEvent(t?.rootElement)}_getCanvasContext(t){return this._canvasManager.getTarget(t)?.presentationContext||this._canvasContext}_resizeForCanvasTarget(t){let e=this._canvasManager.getTarget(t);if(!e||!this.device?.canvasContext)return;let[r,n]=e.presentationContext.getDrawingBufferSize();this.device.canvasContext.setDrawingBufferSize(r,n)}_createDeviceCanvas(t){if(this._isMultiCanvasMode()){let e=globalThis.OffscreenCanvas;if(!e)throw new Error("`_canvases` requires OffscreenCanvas support.");let r=typeof t.width=="number"&&Number.isFinite(t.width)?t.width:1,n=typeof t.height=="number"&&Number.isFinite(t.height)?t.height:1;return new e(r,n)}return this._createCanvas(t)}_updateCanvasSize(t=this._canvasContext){if(this._isMultiCanvasMode()){this._updateMultiCanvasDimensions();return}let{canvas:e}=this,[r,n]=t?t.getCSSSize():[e?.clientWidth??e?.width??0,e?.clientHeight??e?.height??0];(r!==this.width||n!==this.height)&&(this.width=r,this.height=n,this.viewManager?.setProps({width:r,height:n}),this.layerManager?.activateViewport(this.getViewports()[0]),this.props.onResize({width:r,height:n},t||void 0))}_onCanvasContextResize(t,e={}){if(e.syncDrawingBuffer){let{width:r,height:n}=t.canvas;t.setDrawingBufferSize(r,n)}this._needsRedraw="Canvas resized",this._updateCanvasSize(t)}_updateMultiCanvasDimensions(){let[t,e]=this._getCanvasContext()?.getCSSSize()||[0,0];(t!==this.width||e!==this.height)&&(this.width=t,this.height=e,this.props.onResize({width:t,height:e})),this._needsRedraw="Canvas resized",this.viewManager?.setNeedsUpdate("Canvas resized"),this.viewManager?.setProps({width:this.width,height:this.height})}_createAnimationLoop(t,e){let{gl:r,onError:n}=e;return new by({device:t,autoResizeDrawingBuffer:!r&&!Array.isArray(e._canvases),autoResizeViewport:!1,onInitialize:s=>this._setDevice(s.device),onRender:this._onRenderFrame.bind(this),onError:n})}_createDevice(t){let e=this.props.deviceProps?.createCanvasContext,r=typeof e=="object"?e:void 0,n={adapters:[],_cacheShaders:!0,_cachePipelines:!0,...t.deviceProps};n.adapters.includes(Pl)||n.adapters.push(Pl);let s={alphaMode:this.props.deviceProps?.type==="webgpu"?"premultiplied":void 0};return oh.createDevice({_reuseDevices:!0,type:"webgl",...n,createCanvasContext:{...s,...r,canvas:this._createDeviceCanvas(t),useDevicePixels:this.props.useDevicePixels,autoResize:!0}})}_getViewState(){return this.props.viewState||this.viewState}_getViews(){let{views:t}=this.props,e=Array.isArray(t)?t:t?[t]:[new so({id:"default-view"})];return e.length&&this.props.controller&&(e[0]=e[0].clone({controller:this.props.controller})),e}_onContextLost(){let{onError:t}=this.props;this.animationLoop&&t&&t(new Error("WebGL context is lost"))}_pickAndCallback(){let{_pickRequest:t}=this;if(t.event){let e=t.event,r=this.layerManager?.getLayers()||[],n=this._getPointPickOptions(t.x,t.y,{canvasId:t.canvasId,radius:t.radius,mode:t.mode},r),s=this._getInternalPickingMode(),o=++this._hoverPickSequence;if(t.event=null,t.canvasId=void 0,!s)return;if(s==="sync"){this._applyHoverCallbacks(this._pickPointSync(n),e);return}this._pickPointAsync(n).then(({result:a,emptyInfo:c})=>{o===this._hoverPickSequence&&this._applyHoverCallbacks({result:a,emptyInfo:c},e)}).catch(a=>this.props.onError?.(a))}}_updateCursor(){let t=this.props.getCursor(this.cursorState);if(this._isMultiCanvasMode()){for(let r of Object.values(this._canvasManager.targets))r.canvas.style.cursor=t;return}let e=this.props.parent||this.canvas;e&&(e.style.cursor=t)}_setDevice(t){if(this.device=t,this._validateInternalPickingMode(),!this.animationLoop)return;this._setDeviceCanvasContext(t,{syncDrawingBuffer:!!(this.props.gl&&this.props.device!==t)}),this._isMultiCanvasMode()?this._syncCanvasTargets():this.canvas&&!this.canvas.isConnected&&this.props.parent&&this.props.parent.insertBefore(this.canvas,this.props.parent.firstChild),this.device.type==="webgl"&&this.device.setParametersWebGL({blend:!0,blendFunc:[770,771,1,771],polygonOffsetFill:!0,depthTest:!0,depthFunc:515}),this.props.onDeviceInitialized(this.device),this.device.type==="webgl"&&this.props.onWebGLInitialized(this.device.gl);let e=new wl;if(e.play(),this.animationLoop.attachTimeline(e),!this._isMultiCanvasMode()){let s=this.canvas&&this._getEventRoot(this.canvas);pt(s),this.eventManager=this._createEventManager(s),this.eventManagers={[un]:this.eventManager}}this.viewManager=new nc({timeline:e,eventManager:this.eventManager,eventManagers:this.eventManagers,getCanvasContext:this._isMultiCanvasMode()?this.getCanvasContext.bind(this):void 0,onViewStateChange:this._onViewStateChange.bind(this),onInteractionStateChange:this._onInteractionStateChange.bind(this),pickPosition:this._pickPositionForController.bind(this),views:this._getViews(),viewState:this._getViewState(),width:this.width,height:this.height});let r=this.viewManager.getViewports()[0];this.layerManager=new rc(this.device,{deck:this,stats:this.stats,viewport:r,timeline:e}),this.effectManager=new dc({deck:this,device:this.device}),this.deckRenderer=new pc(this.device,{stats:this.stats}),this.deckPicker=new mc(this.device,{stats:this.stats});let n=this.props.parent?.querySelector(".deck-widgets-root")||(this._isMultiCanvasMode()?this.props.parent||this.canvas?.parentElement:null)||this.canvas?.parentElement;this.widgetManager=new id({deck:this,parentElement:n}),this.widgetManager.addDefault(new gc),this.setProps({}),this._updateCanvasSize(this._canvasContext),this.props.onLoad()}_drawLayers(t,e){let{device:r,gl:n}=this.layerManager.context;this.props.onBeforeRender({device:r,gl:n});let s={target:this.props._framebuffer,layers:this.layerManager.getLayers(),viewports:this.viewManager.getViewports(),onViewportActive:this.layerManager.activateViewport,views:this.viewManager.getViews(),pass:"screen",effects:this.effectManager.getEffects(),...e};if(this._isMultiCanvasMode()&&s.pass==="screen"&&!s.target&&this._canvasManager.order.length)for(let o of this._canvasManager.order){let a=s.viewports.filter(f=>this.viewManager.getCanvasId(f.id)===o);if(!a.length){let f=this._canvasManager.targets[o];this._resizeForCanvasTarget(o),this.deckRenderer?.renderLayers({...s,canvasContext:f.presentationContext,target:f.presentationContext.getCurrentFramebuffer(),viewports:[],clearCanvas:!0}),f.presentationContext.present();continue}let c=this._canvasManager.targets[o];this._resizeForCanvasTarget(o);let l=c.presentationContext.getCurrentFramebuffer();this.deckRenderer?.renderLayers({...s,canvasContext:c.presentationContext,target:l,viewports:a}),c.presentationContext.present()}else this.deckRenderer?.renderLayers(s);s.pass==="screen"&&this.widgetManager.onRedraw({viewports:s.viewports,layers:s.layers}),this.props.onAfterRender({device:r,gl:n})}_onRenderFrame(){this._getFrameStats(),this._metricsCounter++%60===0&&(this._getMetrics(),this.stats.reset(),R.table(4,this.metrics)(),this.props._onMetrics&&this.props._onMetrics(this.metrics)),this._updateCursor(),this.layerManager.updateLayers(),this._pickAndCallback(),this.redraw(),this.viewManager&&this.viewManager.updateViewStates()}_onViewStateChange(t){let e=this.props.onViewStateChange(t)||t.viewState;this.viewState&&(this.viewState={...this.viewState,[t.viewId]:e},this.props.viewState||this.viewManager&&this.viewManager.setProps({viewState:this.viewState}))}_onInteractionStateChange(t){this.cursorState.isDragging=t.isDragging||!1,this.props.onInteractionStateChange(t)}_getFrameStats(){let{stats:t}=this;t.get("frameRate").timeEnd(),t.get("frameRate").timeStart();let e=this.animationLoop.stats;t.get("GPU Time").addTime(e.get("GPU Time").lastTiming),t.get("CPU Time").addTime(e.get("CPU Time").lastTiming)}_getMetrics(){let{metrics:t,stats:e}=this;t.fps=e.get("frameRate").getHz(),t.setPropsTime=e.get("setProps Time").time,t.updateAttributesTime=e.get("Update Attributes").time,t.framesRedrawn=e.get("Redraw Count").count,t.pickTime=e.get("pickObject Time").time+e.get("pickMultipleObjects Time").time+e.get("pickObjects Time").time,t.pickCount=e.get("Pick Count").count,t.layersCount=this.layerManager?.layers.length??0,t.drawLayersCount=e.get("Layers rendered").lastSampleCount,t.pickLayersCount=e.get("Layers picked").lastSampleCount,t.updateLayersCount=e.get("Layer updates").count,t.updateAttributesCount=e.get("Attributes updated").count,t.gpuTime=e.get("GPU Time").time,t.cpuTime=e.get("CPU Time").time,t.gpuTimePerFrame=e.get("GPU Time").getAverageTime(),t.cpuTimePerFrame=e.get("CPU Time").getAverageTime();let r=oh.stats.get("GPU Time and Memory");t.bufferMemory=r.get("Buffer Memory").count,t.textureMemory=r.get("Texture Memory").count,t.renderbufferMemory=r.get("Renderbuffer Memory").count,t.gpuMemory=r.get("GPU Memory").count}};vc.defaultProps=jb;vc.VERSION=ex;var og=vc;function Wb(i){switch(i){case"float64":return Float64Array;case"uint8":case"unorm8":return Uint8ClampedArray;default:return yy(i)}}var Gb=ah.getDataType.bind(ah);function _c(i,t,e){if(t.size>4)return null;let r=e==="webgpu"&&t.type==="uint8"?"unorm8":t.type,n=t.size,s=!!(e!=="webgpu"&&n===3&&r&&["uint8","sint8","unorm8","snorm8","uint16","sint16","unorm16","snorm16"].includes(r));return{attribute:i,format:n>1?`${r}x${n}${s?"-webgl":""}`:t.type,byteOffset:t.offset||0}}function oi(i){return i.stride||i.size*i.bytesPerElement}function Hb(i,t){return i.type===t.type&&i.size===t.size&&oi(i)===oi(t)&&(i.offset||0)===(t.offset||0)}function ag(i,t){t.offset&&R.removed("shaderAttribute.offset","vertexOffset, elementOffset")();let e=oi(i),r=t.vertexOffset!==void 0?t.vertexOffset:i.vertexOffset||0,n=t.elementOffset||0,s=r*e+n*i.bytesPerElement+(i.offset||0);return{...t,offset:s,stride:e}}function sO(i,t){let e=ag(i,t);return{high:e,low:{...e,offset:e.offset+i.size*4}}}var xc=class{constructor(t,e,r){this._buffer=null,this.device=t,this.id=e.id||"",this.size=e.size||1;let n=e.logicalType||e.type,s=n==="float64",{defaultValue:o}=e;o=Number.isFinite(o)?[o]:o||new Array(this.size).fill(0);let a;s?a="float32":!n&&e.isIndexed?a="uint32":a=n||"float32";let c=Wb(n||a);this.doublePrecision=s,s&&e.fp64===!1&&(c=Float32Array),this.value=null,this.settings={...e,defaultType:c,defaultValue:o,logicalType:n,type:a,normalized:a.includes("norm"),size:this.size,bytesPerElement:c.BYTES_PER_ELEMENT},this.state={...r,externalBuffer:null,bufferAccessor:this.settings,allocatedValue:null,numInstances:0,bounds:null,constant:!1}}get isConstant(){return this.state.constant}get buffer(){return this._buffer}get byteOffset(){let t=this.getAccessor();return t.vertexOffset?t.vertexOffset*oi(t):0}get numInstances(){return this.state.numInstances}set numInstances(t){this.state.numInstances=t}get isDoublePrecisionBuffer(){return this._shouldSplitDoublePrecisionValue(this.value)}delete(){this._buffer&&(this._buffer.delete(),this._buffer=null),Ii.release(this.state.allocatedValue),this.state.allocatedValue=null}getBuffer(){return this.state.constant&&this.device.type!=="webgpu"?null:this.state.externalBuffer||this._buffer}getValue(t=this.id,e=null){let r={};if(this.state.constant){let n=this.value;if(this.device.type==="webgpu"&&this._buffer)r[t]=this._buffer;else if(e){let s=ag(this.getAccessor(),e),o=s.offset/n.BYTES_PER_ELEMENT,a=s.size||this.size;r[t]=n.subarray(o,o+a)}else r[t]=n}else r[t]=this.getBuffer();return this.doublePrecision&&(this.isDoublePrecisionBuffer?r[`${t}64Low`]=r[t]:r[`${t}64Low`]=new Float32Array(this.size)),r}_getBufferLayout(t=this.id,e=null){let r=this.getAccessor(),n=[],s={name:this.id,byteStride:this.device.type==="webgpu"&&this.state.constant?0:oi(r)};if(this.doublePrecision){let o=sO(r,e||{});n.push(_c(t,{...r,...o.high},this.device.type),_c(`${t}64Low`,{...r,...o.low},this.device.type))}else if(e){let o=ag(r,e);n.push(_c(t,{...r,...o},this.device.type))}else n.push(_c(t,r,this.device.type));return s.attributes=n.filter(Boolean),s}setAccessor(t){this.state.bufferAccessor=t}getAccessor(){return this.state.bufferAccessor}getBounds(){if(this.state.bounds)return this.state.bounds;let t=null;if(this.state.constant&&this.value){let e=Array.from(this.value);t=[e,e]}else{let{value:e,numInstances:r,size:n}=this,s=r*n;if(e&&s&&e.length>=s){let o=new Array(n).fill(1/0),a=new Array(n).fill(-1/0);for(let c=0;c<s;)for(let l=0;l<n;l++){let f=e[c++];f<o[l]&&(o[l]=f),f>a[l]&&(a[l]=f)}t=[o,a]}}return this.state.bounds=t,t}setData(t){let{state:e}=this,r;ArrayBuffer.isView(t)?r={value:t}:t instanceof Jt?r={buffer:t}:r=t;let n={...this.settings,...r};if(ArrayBuffer.isView(r.value)){if(!r.type)if(this.doublePrecision&&r.value instanceof Float64Array)n.type="float32";else{let o=Gb(r.value);n.type=n.normalized?o.replace("int","norm"):o}n.bytesPerElement=r.value.BYTES_PER_ELEMENT,n.stride=oi(n)}if(e.bounds=null,r.constant){let s=r.value;if(s=this._normalizeValue(s,[],0),this.settings.normalized&&(s=this.normalizeConstant(s)),!(!e.constant||!this._areValuesEqual(s,this.value)))return!1;e.externalBuffer=null,e.constant=!0,this.value=ArrayBuffer.isView(s)?s:new Float32Array(s)}else if(r.buffer){let s=r.buffer;e.externalBuffer=s,e.constant=!1,this.value=r.value||null}else if(r.value){this._checkExternalBuffer(r);let s=r.value,o=s;e.externalBuffer=null,e.constant=!1,this.value=s,this._shouldSplitDoublePrecisionValue(o)&&(o=eo(o,n),s instanceof Float32Array&&(n.stride=n.size*2*Float32Array.BYTES_PER_ELEMENT));let{buffer:a}=this,c=oi(n),l=(n.vertexOffset||0)*c;if(this.settings.isIndexed){let u=this.settings.defaultType;o.constructor!==u&&(o=new u(o))}let f=o.byteLength+l+c*2;(!a||a.byteLength<f)&&(a=this._createBuffer(f)),a.write(o,l)}return this.setAccessor(n),!0}updateSubBuffer(t={}){this.state.bounds=null;let e=this.value,{startOffset:r=0,endOffset:n}=t,s=this._shouldSplitDoublePrecisionValue(e);this.buffer.write(s?eo(e,{size:this.size,startIndex:r,endIndex:n}):e.subarray(r,n),r*(s?8:e.BYTES_PER_ELEMENT)+this.byteOffset)}allocate(t,e=!1){let{state:r}=this,n=r.allocatedValue,s=Ii.allocate(n,t+1,{size:this.size,type:this.settings.defaultType,copy:e});this.value=s;let o=this._shouldSplitDoublePrecisionValue(s),a=o&&s instanceof Float32Array?{...this.settings,stride:this.size*2*Float32Array.BYTES_PER_ELEMENT}:this.settings;this.setAccessor(a);let{byteOffset:c}=this,{buffer:l}=this,f=s.byteLength*(o&&s instanceof Float32Array?2:1);return(!l||l.byteLength<f+c)&&(l=this._createBuffer(f+c),e&&n&&l.write(this._shouldSplitDoublePrecisionValue(n)?eo(n,this):n,c)),r.allocatedValue=s,r.constant=!1,r.externalBuffer=null,!0}_shouldSplitDoublePrecisionValue(t){return!!(this.doublePrecision&&(t instanceof Float64Array||this.device.type==="webgpu"&&t instanceof Float32Array))}_checkExternalBuffer(t){let{value:e}=t;if(!ArrayBuffer.isView(e))throw new Error(`Attribute ${this.id} value is not TypedArray`);let r=this.settings.defaultType,n=!1;if(this.doublePrecision&&(n=e.BYTES_PER_ELEMENT<4),n)throw new Error(`Attribute ${this.id} does not support ${e.constructor.name}`);!(e instanceof r)&&this.settings.normalized&&!("normalized"in t)&&R.warn(`Attribute ${this.id} is normalized`)()}normalizeConstant(t){switch(this.settings.type){case"snorm8":return new Float32Array(t).map(e=>(e+128)/255*2-1);case"snorm16":return new Float32Array(t).map(e=>(e+32768)/65535*2-1);case"unorm8":return new Float32Array(t).map(e=>e/255);case"unorm16":return new Float32Array(t).map(e=>e/65535);default:return t}}_normalizeValue(t,e,r){let{defaultValue:n,size:s}=this.settings;if(Number.isFinite(t))return e[r]=t,e;if(!t){let o=s;for(;--o>=0;)e[r+o]=n[o];return e}switch(s){case 4:e[r+3]=Number.isFinite(t[3])?t[3]:n[3];case 3:e[r+2]=Number.isFinite(t[2])?t[2]:n[2];case 2:e[r+1]=Number.isFinite(t[1])?t[1]:n[1];case 1:e[r+0]=Number.isFinite(t[0])?t[0]:n[0];break;default:let o=s;for(;--o>=0;)e[r+o]=Number.isFinite(t[o])?t[o]:n[o]}return e}_areValuesEqual(t,e){if(!t||!e)return!1;let{size:r}=this;for(let n=0;n<r;n++)if(t[n]!==e[n])return!1;return!0}_createBuffer(t){this._buffer&&this._buffer.destroy();let{isIndexed:e,type:r}=this.settings,n=this.device.type==="webgpu"&&!e?Jt.VERTEX|Jt.STORAGE|Jt.COPY_DST|Jt.COPY_SRC:(e?Jt.INDEX:Jt.VERTEX)|Jt.COPY_DST;return this._buffer=this.device.createBuffer({...this._buffer?.props,id:this.id,usage:n,indexType:e?r:void 0,byteLength:t}),this._buffer}};var $b=[],Yb=[];function Ye(i,t=0,e=1/0){let r=$b,n={index:-1,data:i,target:[]};return i?typeof i[Symbol.iterator]=="function"?r=i:i.length>0&&(Yb.length=i.length,r=Yb):r=$b,(t>0||Number.isFinite(e))&&(r=(Array.isArray(r)?r:Array.from(r)).slice(t,e),n.index=t-1),{iterable:r,objectInfo:n}}function rd(i){return i&&i[Symbol.asyncIterator]}function nd(i,t){let{size:e,stride:r,offset:n,startIndices:s,nested:o}=t,a=i.BYTES_PER_ELEMENT,c=r?r/a:e,l=n?n/a:0,f=Math.floor((i.length-l)/c);return(u,{index:d,target:h})=>{if(!s){let _=d*c+l;for(let b=0;b<e;b++)h[b]=i[_+b];return h}let p=s[d],g=s[d+1]||f,m;if(o){m=new Array(g-p);for(let _=p;_<g;_++){let b=_*c+l;h=new Array(e);for(let v=0;v<e;v++)h[v]=i[b+v];m[_-p]=h}}else if(c===e)m=i.subarray(p*e+l,g*e+l);else{m=new i.constructor((g-p)*e);let _=0;for(let b=p;b<g;b++){let v=b*c+l;for(let x=0;x<e;x++)m[_++]=i[v+x]}}return m}}var Zb=[],bc=[[0,1/0]];function qb(i,t){if(i===bc||(t[0]<0&&(t[0]=0),t[0]>=t[1]))return i;let e=[],r=i.length,n=0;for(let s=0;s<r;s++){let o=i[s];o[1]<t[0]?(e.push(o),n=s+1):o[0]>t[1]?e.push(o):t=[Math.min(o[0],t[0]),Math.max(o[1],t[1])]}return e.splice(n,0,t),e}var aO={interpolation:{duration:0,easing:i=>i},spring:{stiffness:.05,damping:.5}};function sd(i,t){if(!i)return null;Number.isFinite(i)&&(i={type:"interpolation",duration:i});let e=i.type||"interpolation";return{...aO[e],...t,...i,type:e}}var Xn=class extends xc{constructor(t,e){super(t,e,{startIndices:null,constantValue:null,lastExternalBuffer:null,binaryValue:null,binaryAccessor:null,needsUpdate:!0,needsRedraw:!1,layoutChanged:!1,updateRanges:bc}),this.constant=!1,this.settings.update=e.update||(e.accessor?this._autoUpdater:void 0),Object.seal(this.settings),Object.seal(this.state),this._validateAttributeUpdaters()}get startIndices(){return this.state.startIndices}set startIndices(t){this.state.startIndices=t}needsUpdate(){return this.state.needsUpdate}needsRedraw({clearChangedFlags:t=!1}={}){let e=this.state.needsRedraw;return this.state.needsRedraw=e&&!t,e}layoutChanged(){return this.state.layoutChanged}setAccessor(t){var e;(e=this.state).layoutChanged||(e.layoutChanged=!Hb(t,this.getAccessor())),super.setAccessor(t)}getUpdateTriggers(){let{accessor:t}=this.settings;return[this.id].concat(typeof t!="function"&&t||[])}supportsTransition(){return!!this.settings.transition}getTransitionSetting(t){if(!t||!this.supportsTransition())return null;let{accessor:e}=this.settings,r=this.settings.transition,n=Array.isArray(e)?t[e.find(s=>t[s])]:t[e];return sd(n,r)}setNeedsUpdate(t=this.id,e){if(this.state.needsUpdate=this.state.needsUpdate||t,this.setNeedsRedraw(t),e){let{startRow:r=0,endRow:n=1/0}=e;this.state.updateRanges=qb(this.state.updateRanges,[r,n])}else this.state.updateRanges=bc}clearNeedsUpdate(){this.state.needsUpdate=!1,this.state.updateRanges=Zb}setNeedsRedraw(t=this.id){this.state.needsRedraw=this.state.needsRedraw||t}allocate(t){let{state:e,settings:r}=this;if(r.noAlloc)return!1;if(r.update){let n=this.isConstant;return super.allocate(t,e.updateRanges!==bc),e.layoutChanged||(e.layoutChanged=n&&this.device.type==="webgpu"),!0}return!1}updateBuffer({numInstances:t,data:e,props:r,context:n}){if(!this.needsUpdate())return!1;let{state:{updateRanges:s},settings:{update:o,noAlloc:a}}=this,c=!0;if(o){for(let[l,f]of s)o.call(n,this,{data:e,startRow:l,endRow:f,props:r,numInstances:t});if(this.value)if(this.constant||!this.buffer||this.buffer.byteLength<this.value.byteLength+this.byteOffset){if(this.constant){let l=this.value;this.value=null,this.setConstantValue(n,l)}else this.setData({value:this.value,constant:this.constant});this.constant=!1}else for(let[l,f]of s){let u=Number.isFinite(l)?this.getVertexOffset(l):0,d=Number.isFinite(f)?this.getVertexOffset(f):a||!Number.isFinite(t)?this.value.length:t*this.size;super.updateSubBuffer({startOffset:u,endOffset:d})}this._checkAttributeArray()}else c=!1;return this.clearNeedsUpdate(),this.setNeedsRedraw(),c}setConstantValue(t,e){var r;if(e===void 0||typeof e=="function")return!1;let n=this.isConstant,s=this.settings.transform&&t?this.settings.transform.call(t,e):e,o=this.settings.defaultType;this.state.constantValue=this._normalizeValue(s,new o(this.size),0);let a=this.setData({constant:!0,value:s});if(this.device.type==="webgpu"){let c=this.state.constantValue;this.doublePrecision&&(c instanceof Float32Array||c instanceof Float64Array)&&(c=eo(c,{size:this.size}),this.setAccessor({...this.getAccessor(),stride:this.size*2*Float32Array.BYTES_PER_ELEMENT}));let l=this._buffer;(!l||l.byteLength<c.byteLength)&&(l=this._createBuffer(c.byteLength)),l.write(c),(r=this.state).layoutChanged||(r.layoutChanged=!n),this.constant=!1}return a&&this.setNeedsRedraw(),this.clearNeedsUpdate(),!0}getConstantValue(){return this.isConstant?this.state.constantValue:null}setExternalBuffer(t){let{state:e}=this;return t?(this.clearNeedsUpdate(),e.lastExternalBuffer===t||(e.lastExternalBuffer=t,this.setNeedsRedraw(),this.setData(t)),!0):(e.lastExternalBuffer=null,!1)}setBinaryValue(t,e=null){let{state:r,settings:n}=this;if(!t)return r.binaryValue=null,r.binaryAccessor=null,!1;if(n.noAlloc)return!1;if(r.binaryValue===t)return this.clearNeedsUpdate(),!0;if(r.binaryValue=t,this.setNeedsRedraw(),n.transform||e!==this.startIndices){ArrayBuffer.isView(t)&&(t={value:t});let o=t;pt(ArrayBuffer.isView(o.value),`invalid ${n.accessor}`);let a=!!o.size&&o.size!==this.size;return r.binaryAccessor=nd(o.value,{size:o.size||this.size,stride:o.stride,offset:o.offset,startIndices:e,nested:a}),!1}return this.clearNeedsUpdate(),this.setData(t),!0}getVertexOffset(t){let{startIndices:e}=this;return(e?t<e.length?e[t]:this.numInstances:t)*this.size}getValue(){let t=this.settings.shaderAttributes,e=super.getValue();if(!t)return e;for(let r in t)Object.assign(e,super.getValue(r,t[r]));return e}getBufferLayout(t){this.state.layoutChanged=!1;let e=this.settings.shaderAttributes,r=super._getBufferLayout(),{stepMode:n}=this.settings;if(n==="dynamic"?r.stepMode=t?t.isInstanced?"instance":"vertex":"instance":r.stepMode=n??"vertex",!e)return r;for(let s in e){let o=super._getBufferLayout(s,e[s]);r.attributes.push(...o.attributes)}return r}_autoUpdater(t,{data:e,startRow:r,endRow:n,props:s,numInstances:o}){let{settings:a,state:c,value:l,size:f,startIndices:u}=t,{accessor:d,transform:h}=a,p=c.binaryAccessor||(typeof d=="function"?d:s[d]);pt(typeof p=="function",`accessor "${d}" is not a function`);let g=t.getVertexOffset(r),{iterable:m,objectInfo:_}=Ye(e,r,n);for(let b of m){_.index++;let v=p(b,_);if(h&&(v=h.call(this,v)),u){let x=(_.index<u.length-1?u[_.index+1]:o)-u[_.index];if(v&&Array.isArray(v[0])){let w=g;for(let S of v)t._normalizeValue(S,l,w),w+=f}else v&&v.length>f?l.set(v,g):(t._normalizeValue(v,_.target,0),Cb({target:l,source:_.target,start:g,count:x}));g+=x*f}else t._normalizeValue(v,l,g),g+=f}}_validateAttributeUpdaters(){let{settings:t}=this;if(!(t.noAlloc||typeof t.update=="function"))throw new Error(`Attribute ${this.id} missing update or accessor`)}_checkAttributeArray(){let{value:t}=this,e=Math.min(4,this.size);if(t&&t.length>=e){let r=!0;switch(e){case 4:r=r&&Number.isFinite(t[3]);case 3:r=r&&Number.isFinite(t[2]);case 2:r=r&&Number.isFinite(t[1]);case 1:r=r&&Number.isFinite(t[0]);break;default:r=!1}if(!r)throw new Error(`Illegal attribute generated for ${this.id}`)}}};var wc=class i{gpuDataEvaluators;format;length;id;_gpuVector;_ownsGPUDataEvaluators;_destroyed=!1;static fromGPUVector(t){if(t.bufferLayout)throw new Error(`GPUVectorEvaluator.fromGPUVector() does not accept interleaved vector "${t.name}"`);if(t.data.length===0)throw new Error(`GPUVectorEvaluator.fromGPUVector() requires GPUData for "${t.name}"`);return new i({id:t.name,gpuDataEvaluators:t.data.map(e=>be.fromGPUData(e,{id:t.name})),gpuVector:t,format:t.format})}static fromGPUDataEvaluators(t,e={}){return new i({id:e.id,gpuDataEvaluators:t,format:e.format})}constructor({id:t,gpuDataEvaluators:e,gpuVector:r,format:n}){if(e.length===0)throw new Error("GPUVectorEvaluator requires at least one GPUData evaluator");cO(e),this.id=t,this.gpuDataEvaluators=e,this.format=n??e[0].format,this.length=e.reduce((s,o)=>s+o.length,0),this._gpuVector=r,this._ownsGPUDataEvaluators=!r}get evaluated(){return!!this._gpuVector}get gpuVector(){if(!this._gpuVector)throw new Error(`${this} not evaluated`);return this._gpuVector}mapGPUData(t){return i.fromGPUDataEvaluators(this.gpuDataEvaluators.map((e,r)=>t(e,r)),{id:this.id})}async evaluate(t,e={}){if(this._destroyed)throw new Error(`GPUVectorEvaluator ${this} already destroyed`);if(this._gpuVector)return this._gpuVector;let r=await Promise.all(this.gpuDataEvaluators.map(a=>a.evaluate(t,e))),n=r[0],s=r.map(Xb),o=e.format??this.format??n.format;return this._gpuVector=new ch({type:"data",name:e.name??this.id??"vector",format:o,data:s,stride:n.stride,byteStride:n.byteStride,rowByteLength:n.rowByteLength,bufferLayout:n.bufferLayout}),this._gpuVector}evaluateSync(t,e={}){if(this._destroyed)throw new Error(`GPUVectorEvaluator ${this} already destroyed`);if(this._gpuVector)return this._gpuVector;let r=this.gpuDataEvaluators.map(a=>a.evaluateSync(t,e)),n=r[0],s=r.map(Xb),o=e.format??this.format??n.format;return this._gpuVector=new ch({type:"data",name:e.name??this.id??"vector",format:o,data:s,stride:n.stride,byteStride:n.byteStride,rowByteLength:n.rowByteLength,bufferLayout:n.bufferLayout}),this._gpuVector}destroy(){if(this._ownsGPUDataEvaluators)for(let t of this.gpuDataEvaluators)t.destroy();this._gpuVector=void 0,this._destroyed=!0}toString(){return this.id??this.constructor.name}};function cO(i){let t=i[0];for(let e of i.slice(1))if(e.type!==t.type||e.size!==t.size||e.normalized!==t.normalized||e.format!==t.format)throw new Error("GPUVectorEvaluator requires matching GPUData evaluator layouts")}function Xb(i){let[t,...e]=i.data;if(!t||e.length>0)throw new Error(`GPUVectorEvaluator requires one GPUData chunk for "${i.name}"`);return t}var fg={};he(fg,{arithmetic:()=>Kb,dot:()=>rw,equalAll:()=>nw,extent:()=>Qb,fround:()=>tw,gather:()=>ew,interleave:()=>iw,length:()=>sw,segmentedMap:()=>ow,select:()=>aw,sequence:()=>cw,swizzle:()=>lw});function ao({elementWise:i,func:t,inputs:e,output:r,outputBuffer:n}){let s=Array.isArray(e)?e:Object.values(e);for(let p of s)if(!p.value)throw new Error(`${p} does not have CPU value`);let o=r.length,a=r.size,c=new r.ValueType(o*a);for(let p=0;p<o;p++){let g=s.map(m=>Ft(m,p));if(i)for(let m=0;m<a;m++)c[p*a+m]=t.apply(null,g.map(_=>_[m]));else t.call(null,c.subarray(p*a,p*a+a),...g)}let l=r.ValueType.BYTES_PER_ELEMENT,f=r.offset/l,u=r.stride/l,d=a,h=c;if(f!==0||u!==d){h=new r.ValueType(f+r.byteLength/l);for(let p=0;p<o;p++){let g=p*d,m=f+p*u,_=c.subarray(g,g+a);h.set(_,m),n.write(_,m*l)}}else n.write(c);return{success:!0,value:h}}function Ft(i,t){let e=i.value,r=i.size,n=i.offset/i.ValueType.BYTES_PER_ELEMENT,s=i.stride/i.ValueType.BYTES_PER_ELEMENT,o=i.isConstant?0:t,a=n+o*s,c=e.slice(a,a+r);if(!i.normalized)return c;let l=new Float32Array(r);for(let f=0;f<r;f++)l[f]=lO(c[f],i.type);return l}function lO(i,t){switch(t){case"uint8":return i/255;case"uint16":return i/65535;case"uint32":return i/4294967295;case"sint8":return Math.max(i/127,-1);case"sint16":return Math.max(i/32767,-1);case"sint32":return Math.max(i/2147483647,-1);case"float32":return i;default:throw new Error(`Unsupported normalized source type ${t}`)}}var Kb=({inputs:i,output:t,target:e})=>{for(let n of Object.values(i.namedInputs))if(!n.value)throw new Error(`${n} does not have CPU value`);let r=new t.ValueType(t.length*t.size);for(let n=0;n<t.length;n++){let s=Object.fromEntries(Object.entries(i.namedInputs).map(([o,a])=>[o,Ft(a,n)]));for(let o=0;o<t.size;o++)r[n*t.size+o]=Jb(i.expression,s,o)}return e.write(r),{success:!0,value:r}};function Jb(i,t,e){switch(i.kind){case"input":{let r=t[i.name];return e<r.length?r[e]:r.length===1?r[0]:0}case"literal":return Array.isArray(i.value)?i.value[e]??0:i.value;case"call":{fO(i.op,i.args.length);let r=i.args.map(n=>Jb(n,t,e));switch(i.op){case"add":return r[0]+r[1];case"subtract":return r[0]-r[1];case"multiply":return r[0]*r[1];case"divide":return r[0]/r[1];case"pow":return Math.pow(r[0],r[1]);case"sqrt":return Math.sqrt(r[0]);case"abs":return Math.abs(r[0]);case"sin":return Math.sin(r[0]);case"cos":return Math.cos(r[0]);case"tan":return Math.tan(r[0]);case"exp":return Math.exp(r[0]);case"log":return Math.log(r[0]);default:{let n=i.op;throw new Error(`Unsupported arithmetic op ${n}`)}}}default:{let r=i;throw new Error(`Unsupported expression node ${r.kind}`)}}}function fO(i,t){let e=Sy[i].arity;if(t!==e)throw new Error(`Arithmetic op '${i}' expects ${e} args, got ${t}`)}var Qb=({inputs:i,output:t,target:e})=>{let{sourceValues:r}=i;if(!r.value)throw new Error(`${r} does not have CPU value`);let s=new t.ValueType(t.length*t.size);if(r.length===0)return{success:!1,error:new Error(`${r} is empty`)};for(let o=0;o<r.size;o++){let a=Ft(r,0)[o],c=o*t.size,l=c+1;s[c]=a,s[l]=a;for(let f=1;f<r.length;f++){let u=Ft(r,f)[o];u<s[c]&&(s[c]=u),u>s[l]&&(s[l]=u)}}return e.write(s),{success:!0,value:s}};var tw=({inputs:i,output:t,target:e})=>ao({func:(r,n)=>{let s=r.length/2,o=new Float64Array(n.buffer);for(let a=0;a<s;a++){let c=o[a];r[a]=Math.fround(c),r[a+s]=c-r[a]}return r},inputs:i,output:t,outputBuffer:e});var ew=async({inputs:i,output:t,target:e})=>{let{ids:r,sourceValues:n}=i,s=r.value,o=n.value;if(!s)throw new Error(`${r} does not have CPU value`);if(!o)throw new Error(`${n} does not have CPU value`);let a=new t.ValueType(t.length*t.size),c=new Array(t.size).fill(0);for(let l=0;l<t.length;l++){let f=Ft(r,l),u=Number(f[0]),d=uO(u,n.length)?Ft(n,u):c;a.set(d,l*t.size)}return e.write(a),{success:!0,value:a}};function uO(i,t){return Number.isInteger(i)&&i>=0&&i<t}var iw=({inputs:i,output:t,target:e})=>ao({func:(r,...n)=>{let s=0;for(let o of n)r.set(o,s),s+=o.length},inputs:i,output:t,outputBuffer:e});var rw=({inputs:i,output:t,target:e})=>{let{x:r,y:n}=i,s=new t.ValueType(t.length);for(let o=0;o<t.length;o++){let a=Ft(r,o),c=Ft(n,o),l=0;for(let f=0;f<r.size;f++)l+=a[f]*c[f];s[o]=l}return e.write(s),{success:!0,value:s}};var nw=({inputs:i,output:t,target:e})=>{let{x:r,y:n}=i,s=new t.ValueType(t.length);for(let o=0;o<t.length;o++){let a=Ft(r,o),c=Ft(n,o),l=1;for(let f=0;f<r.size;f++)if(a[f]!==c[f]){l=0;break}s[o]=l}return e.write(s),{success:!0,value:s}};var sw=({inputs:i,output:t,target:e})=>{let{x:r}=i,n=new t.ValueType(t.length);for(let s=0;s<t.length;s++){let o=Ft(r,s),a=0;for(let c=0;c<r.size;c++)a+=o[c]*o[c];n[s]=Math.sqrt(a)}return e.write(n),{success:!0,value:n}};var ow=async({inputs:i,output:t,target:e})=>{let{segments:r,vertexCount:n}=i,s=r.value;if(!s)throw new Error(`${r} does not have CPU value`);dO(s,r,n);let o=new t.ValueType(t.length*t.size),a=0;for(let c=0;c<n;c++){for(;a+1<r.length&&s[cg(r,a+1)]<=c;)a++;let l=s[cg(r,a)],f=c*t.size;o[f]=a,o[f+1]=c-l}return e.write(o),{success:!0,value:o}};function dO(i,t,e){if(t.length<1)throw new Error("segmentedMap segments must contain at least one segment start");let r=0;for(let n=0;n<t.length;n++){let s=i[cg(t,n)];if(n===0&&s!==0)throw new Error(`segmentedMap segments must start at 0, got ${s}`);if(n>0&&s<r)throw new Error(`segmentedMap segments must be non-decreasing, got ${s} after ${r}`);r=s}if(r>e)throw new Error(`segmentedMap last segment start must be <= vertexCount, got ${r} > ${e}`)}function cg(i,t){return i.offset/i.ValueType.BYTES_PER_ELEMENT+t*(i.stride/i.ValueType.BYTES_PER_ELEMENT)}var aw=async({inputs:i,output:t,target:e})=>{let{condition:r,whenTrue:n,whenFalse:s}=i,o=new t.ValueType(t.length*t.size);for(let a=0;a<t.length;a++){let c=Ft(r,a),l=Ft(n,a),f=Ft(s,a);for(let u=0;u<t.size;u++){let d=lg(c,r.size,u);o[a*t.size+u]=d!==0?lg(l,n.size,u):lg(f,s.size,u)}}return e.write(o),{success:!0,value:o}};function lg(i,t,e){return e<t?i[e]:t===1?i[0]:0}var cw=({inputs:i,output:t,target:e})=>{let r=new t.ValueType(t.length);for(let n=0;n<t.length;n++)r[n]=i.start+n*i.step;return e.write(r),{success:!0,value:r}};var lw=({inputs:i,output:t,target:e})=>{let{columns:r}=i;return ao({func:(n,s)=>{for(let o=0;o<r.length;o++)n[o]=s[r[o]]},inputs:{x:i.x},output:t,outputBuffer:e})};var ug=class{_modules={cpu:fg};add(t,e){let r=this._modules[t];if(typeof e.then=="function"){let s=Promise.all([Promise.resolve(r||{}),e]).then(([o,a])=>({...o,...a}));return this._modules[t]=s,s.then(o=>{this._modules[t]=o}).catch(o=>{sh.error(`Failed to register ${t} backend: ${o}`)()}),s}if(r&&typeof r.then=="function"){let s=Promise.resolve(r).then(o=>({...o,...e})).then(o=>(this._modules[t]=o,o)).catch(o=>{throw sh.error(`Failed to register ${t} backend: ${o}`)(),o});return this._modules[t]=s,s}let n={...r||{},...e};return this._modules[t]=n,Promise.resolve(n)}async get(t,e){let r=this._modules[t];if(!r)if(t==="webgl")r=this.add("webgl",import("./map-webgl-DSPMQXWT.js"));else if(t==="webgpu")r=this.add("webgpu",import("./map-webgpu-ROHYMKFL.js"));else throw new Error(`${t} backend not registered`);let s=(await r)[e];if(typeof s!="function")throw new Error(`${t} backend does not implement ${e}`);return s}getSync(t,e){let r=this._modules[t];if(!r)throw new Error(`${t} backend not registered`);if(typeof r.then=="function")throw new Error(`${t} backend is not loaded yet`);let s=r[e];if(typeof s!="function")throw new Error(`${t} backend does not implement ${e}`);return s}clear(){this._modules={}}},co=new ug;var od=class{inputs;dependencies;constructor(t){this.inputs=t,this.dependencies=Array.from(t instanceof Array?t:Object.values(t)).filter(e=>e instanceof be)}async execute(t,e){return await this._resolveDependencies(t),await this._executeWithHandler(await co.get(this._getHandlerRegistry(t),this.name),e)}executeSync(t,e){this._resolveDependenciesSync(t);let r=this._executeWithHandler(co.getSync(this._getHandlerRegistry(t),this.name),e);if(hO(r))throw new Error(`${this.name} returned a Promise in executeSync()`);return r}shouldExecuteOnCPU(){return this.output.length<=1&&Array.from(this.dependencies).every(t=>!!t.value)}_getHandlerRegistry(t){return this.shouldExecuteOnCPU()?"cpu":t.type}async _resolveDependencies(t){for(let r of this.dependencies)await r.evaluate(t);if(this._getHandlerRegistry(t)==="cpu"||t.type==="null")for(let r of this.dependencies)await r.ensureCPUValue()}_resolveDependenciesSync(t){for(let r of this.dependencies)r.evaluateSync(t);if(this._getHandlerRegistry(t)==="cpu"||t.type==="null")for(let r of this.dependencies)r.ensureCPUValueSync()}_executeWithHandler(t,e){return t({device:e.device,inputs:this.inputs,output:this.output,target:e})}};function hO(i){return typeof i?.then=="function"}function fw(...i){let t=pO(i.map(e=>e.type));return t[0]!=="f"&&i.some(e=>e.normalized)&&(t="float32"),{isConstant:i.every(e=>e.isConstant),type:t,size:i.reduce((e,r)=>Math.max(e,r.size),0),length:i.reduce((e,r)=>Math.max(e,r.length),0)}}function pO(i){let t=0,e=0;for(let r of i){if(r[0]==="f")return"float32";let n=r.endsWith("8")?8:r.endsWith("6")?16:32;r[0]==="u"?t=Math.max(t,n):e=Math.max(e,n)}return t&&!e?`uint${t}`:e&&t<32?`sint${Math.max(e,t*2)}`:"float32"}var dg=class extends od{name="interleave";output;constructor(t){super(t);let{isConstant:e,type:r,length:n}=fw(...t);this.output=new be({isConstant:e,type:r,size:t.reduce((s,o)=>s+o.size,0),length:n,source:this})}toString(){return`_${this.inputs.join("_")}_`}};function hg(...i){if(i.length===0)throw new Error("interleave() requires at least one input");return i.length===1?El(i[0]):new dg(i.map(El)).output}function mg(i,t){let e=gO(t);for(let r of e)r.evaluateSync(i);return mO(e),t}function mO(i){let t=new Set(i.flatMap(vO)),e=new Set;for(let r of i)ad(r,e);for(let r of e)r.evaluated&&!t.has(r.buffer)&&r.destroy()}function gO(i){let t=new Set;return pg(i,t,new Set),Array.from(t)}function pg(i,t,e){if(_O(i)){t.add(i);return}if(!(!i||typeof i!="object"||e.has(i))){if(e.add(i),Array.isArray(i)){for(let r of i)pg(r,t,e);return}if(yO(i))for(let r of Object.values(i))pg(r,t,e)}}function yO(i){let t=Object.getPrototypeOf(i);return t===Object.prototype||t===null}function ad(i,t){if(i instanceof wc){for(let r of i.gpuDataEvaluators)ad(r,t);return}let e=i.source;if(e){if(e instanceof be){t.has(e)||(t.add(e),ad(e,t));return}for(let r of e.dependencies)t.has(r)||(t.add(r),ad(r,t))}}function vO(i){return i instanceof be?[i.buffer]:i.gpuVector.data.map(t=>t.buffer instanceof wy?t.buffer.buffer:t.buffer)}function _O(i){return i instanceof be||i instanceof wc}var Pc=class{constructor(t,{id:e,isTransitionAttribute:r}){this.packedBuffers={},this.device=t,this.id=e,this.isTransitionAttribute=r,this.device.type==="webgpu"&&co.add("webgpu",{interleave:Py})}hasGroups(t){return this.device.type==="webgpu"&&Object.values(t).some(e=>!!e.settings.bufferGroup)}finalize(){for(let t of Object.values(this.packedBuffers))t.packed.destroy();this.packedBuffers={}}getBufferLayouts(t,e){let r=this._getPackedGroups(t,e,{requireValues:!1,excludeAttributes:{}});return this._getBufferLayouts(t,r,e)}getBindings(t,e,r,n){let s=this._getPackedGroups(t,r,{requireValues:!0,excludeAttributes:n}),o={},a=new Set;for(let c of s.values()){let l=!this.packedBuffers[c.id]||c.attributes.some(f=>!!e[f.id]);o[c.id]=this._getPackedBuffer(c,l);for(let f of c.attributes)a.add(f.id)}return{bufferLayouts:this._getBufferLayouts(t,s,r).filter(c=>!n[c.name]&&!t[c.name]?.settings.isIndexed),buffers:o,groupedAttributeIds:a}}_getPackedGroups(t,e,{requireValues:r,excludeAttributes:n}){let s=new Map;for(let a of Object.values(t)){let c=a.settings.bufferGroup;if(!c)continue;let l=s.get(c)||[];l.push(a),s.set(c,l)}let o=new Map;for(let[a,c]of s){let l=this._getPackedGroup(a,c,e,r,n);l&&o.set(a,l)}return o}_getPackedGroup(t,e,r,n,s){if(e.length<2)return null;let o=e.map(h=>h.getBufferLayout(r)),a=o[0].stepMode,c=Math.max(1,e[0].numInstances),l=n&&e.every(h=>h.isConstant);for(let h=0;h<e.length;h++){let p=e[h],g=p.getAccessor(),m=g.size*g.bytesPerElement;if(s[p.id]||p.settings.isIndexed||p.settings.noAlloc||p.doublePrecision||this.isTransitionAttribute(p.id)||o[h].stepMode!==a||p.numInstances!==e[0].numInstances||(g.offset||0)!==0||(g.vertexOffset||0)!==0||oi(g)!==m||n&&(p.isConstant?!p.getConstantValue()||p.getConstantValue().byteLength<m:!ArrayBuffer.isView(p.value)||p.value.byteLength<c*m))return null}let f={},u=[],d=0;for(let h=0;h<e.length;h++){let p=e[h];d=uw(d),f[p.id]=d;for(let g of o[h].attributes||[])u.push({...g,byteOffset:d+(g.byteOffset||0)});d+=oi(p.getAccessor())}return d=uw(d),{id:t,attributes:e,byteStride:d,byteOffsets:f,rowCount:c,layout:{name:t,byteStride:l?0:d,stepMode:a,attributes:u}}}_getBufferLayouts(t,e,r){let n=[],s=new Set,o=new Set;for(let a of e.values())for(let c of a.attributes)o.add(c.id);for(let a of Object.values(t)){let c=a.settings.bufferGroup,l=c&&e.get(c);l&&o.has(a.id)?s.has(l.id)||(n.push(l.layout),s.add(l.id)):n.push(a.getBufferLayout(r))}return n}_getPackedBuffer(t,e){let r=JSON.stringify({byteStride:t.layout.byteStride,attributes:t.layout.attributes}),n=this.packedBuffers[t.id];if((!n||n.layoutKey!==r)&&(e=!0),e){n&&(n.packed.destroy(),delete this.packedBuffers[t.id]);let s=this._interleavePackedGroup(t);return this.packedBuffers[t.id]={packed:s,layoutKey:r},s.buffer}if(!n)throw new Error(`Attribute buffer group ${t.id} has no packed buffer`);return n.packed.buffer}_interleavePackedGroup(t){let e=t.attributes.map(n=>this._getInterleaveInput(t,n)),r=hg(...e);return mg(this.device,r),r}_getInterleaveInput(t,e){let r=oi(e.getAccessor()),n=t.byteOffsets[e.id];if(Sc(`${t.id}.${e.id} rowByteLength`,r),Sc(`${t.id}.${e.id} groupByteOffset`,n),e.isConstant){let c=e.getConstantValue();if(!c)throw new Error(`Attribute group ${t.id} is missing constant value ${e.id}`);return Sc(`${t.id}.${e.id} constant byteOffset`,c.byteOffset),new be({id:e.id,type:"uint32",size:r/4,isConstant:!0,value:new Uint32Array(c.buffer,c.byteOffset,r/Uint32Array.BYTES_PER_ELEMENT)})}let s=e.getBuffer(),o=e.byteOffset,a=e.getAccessor().stride||r;if(Sc(`${t.id}.${e.id} byteOffset`,o),Sc(`${t.id}.${e.id} stride`,a),!s)throw new Error(`Attribute group ${t.id} cannot interleave missing buffer ${e.id}`);return new be({id:e.id,type:"uint32",size:r/4,offset:o,stride:a,length:t.rowCount,buffer:s})}};function uw(i){return Math.ceil(i/4)*4}function Sc(i,t){if(t%4!==0)throw new Error(`Attribute buffer groups require 32-bit alignment: ${i}=${t}`)}function gg(i){let{source:t,target:e,start:r=0,size:n,getData:s}=i,o=i.end||e.length,a=t.length,c=o-r;if(a>c){e.set(t.subarray(0,c),r);return}if(e.set(t,r),!s)return;let l=a;for(;l<c;){let f=s(l,t);for(let u=0;u<n;u++)e[r+l]=f[u]||0,l++}}function dw({source:i,target:t,size:e,getData:r,sourceStartIndices:n,targetStartIndices:s}){if(!n||!s)return gg({source:i,target:t,size:e,getData:r}),t;let o=0,a=0,c=r&&((f,u)=>r(f+a,u)),l=Math.min(n.length,s.length);for(let f=1;f<l;f++){let u=n[f]*e,d=s[f]*e;gg({source:i.subarray(o,u),target:t,start:a,end:d,size:e,getData:c}),o=u,a=d}return a<t.length&&gg({source:[],target:t,start:a,size:e,getData:c}),t}function hw(i){let{device:t,settings:e,value:r}=i,n=new Xn(t,e);return n.setData({value:r instanceof Float64Array?new Float64Array(0):new Float32Array(0),normalized:e.normalized}),n}function cd(i){switch(i){case 1:return"float";case 2:return"vec2";case 3:return"vec3";case 4:return"vec4";default:throw new Error(`No defined attribute type for size "${i}"`)}}function ld(i){switch(i){case 1:return"float32";case 2:return"float32x2";case 3:return"float32x3";case 4:return"float32x4";default:throw new Error("invalid type size")}}function fd(i){i.push(i.shift())}function pw(i,t){let{settings:e,value:r,size:n}=i,s=i.isDoublePrecisionBuffer?2:1,o=0,{shaderAttributes:a}=i.settings;if(a)for(let c of Object.values(a))o=Math.max(o,c.vertexOffset??0);return(e.noAlloc?r.length:(t+o)*n)*s}function ud({device:i,source:t,target:e}){return(!e||e.byteLength<t.byteLength)&&(e?.destroy(),e=i.createBuffer({byteLength:t.byteLength,usage:t.usage})),e}function dd({device:i,buffer:t,attribute:e,fromLength:r,toLength:n,fromStartIndices:s,getData:o=a=>a}){let a=e.isDoublePrecisionBuffer?2:1,c=e.size*a,l=e.byteOffset,f=e.settings.bytesPerElement<4?l/e.settings.bytesPerElement*4:l,u=e.startIndices,d=s&&u,h=e.isConstant;if(!d&&t&&r>=n)return t;let p=e.value instanceof Float64Array?Float32Array:e.value.constructor,g=h?e.value:new p(e.getBuffer().readSyncWebGL(l,n*p.BYTES_PER_ELEMENT).buffer);if(e.settings.normalized&&!h){let v=o;o=(x,w)=>e.normalizeConstant(v(x,w))}let m=h?(v,x)=>o(g,x):(v,x)=>o(g.subarray(v+l,v+l+c),x),_=t?new Float32Array(t.readSyncWebGL(f,r*4).buffer):new Float32Array(0),b=new Float32Array(n);return dw({source:_,target:b,sourceStartIndices:s,targetStartIndices:u,size:c,getData:m}),(!t||t.byteLength<b.byteLength+f)&&(t?.destroy(),t=i.createBuffer({byteLength:b.byteLength+f,usage:35050})),t.write(b,f),t}var lo=class{constructor({device:t,attribute:e,timeline:r}){this.buffers=[],this.currentLength=0,this.device=t,this.transition=new Ai(r),this.attribute=e,this.attributeInTransition=hw(e),this.currentStartIndices=e.startIndices}get inProgress(){return this.transition.inProgress}start(t,e,r=1/0){this.settings=t,this.currentStartIndices=this.attribute.startIndices,this.currentLength=pw(this.attribute,e),this.transition.start({...t,duration:r})}update(){let t=this.transition.update();return t&&this.onUpdate(),t}setBuffer(t){let{stride:e}=this.attributeInTransition.getAccessor();this.attributeInTransition.setData({buffer:t,normalized:this.attribute.settings.normalized,value:this.attributeInTransition.value,stride:e})}cancel(){this.transition.cancel()}delete(){this.cancel();for(let t of this.buffers)t.destroy();this.buffers.length=0}};var Ec=class extends lo{constructor({device:t,attribute:e,timeline:r}){super({device:t,attribute:e,timeline:r}),this.type="interpolation",this.transform=SO(t,e)}start(t,e){let r=this.currentLength,n=this.currentStartIndices;if(super.start(t,e,t.duration),t.duration<=0){this.transition.cancel();return}let{buffers:s,attribute:o}=this;fd(s),s[0]=dd({device:this.device,buffer:s[0],attribute:o,fromLength:r,toLength:this.currentLength,fromStartIndices:n,getData:t.enter}),s[1]=ud({device:this.device,source:s[0],target:s[1]}),this.setBuffer(s[1]);let{transform:a}=this,c=a.model,l=Math.floor(this.currentLength/o.size);gw(o)&&(l/=2),c.setVertexCount(l),o.isConstant?(c.setAttributes({aFrom:s[0]}),c.setConstantAttributes({aTo:o.value})):c.setAttributes({aFrom:s[0],aTo:o.getBuffer()}),a.transformFeedback.setBuffers({vCurrent:s[1]})}onUpdate(){let{duration:t,easing:e}=this.settings,{time:r}=this.transition,n=r/t;e&&(n=e(n));let{model:s}=this.transform,o={time:n};s.shaderInputs.setProps({interpolation:o}),this.transform.run({discard:!0})}delete(){super.delete(),this.transform.destroy()}},xO=`layout(std140) uniform interpolationUniforms {
  float time;
} interpolation;
`,mw={name:"interpolation",vs:xO,uniformTypes:{time:"f32"}},bO=`#version 300 es
#define SHADER_NAME interpolation-transition-vertex-shader

in ATTRIBUTE_TYPE aFrom;
in ATTRIBUTE_TYPE aTo;
out ATTRIBUTE_TYPE vCurrent;

void main(void) {
  vCurrent = mix(aFrom, aTo, interpolation.time);
  gl_Position = vec4(0.0);
}
`,wO=`#version 300 es
#define SHADER_NAME interpolation-transition-vertex-shader

in ATTRIBUTE_TYPE aFrom;
in ATTRIBUTE_TYPE aFrom64Low;
in ATTRIBUTE_TYPE aTo;
in ATTRIBUTE_TYPE aTo64Low;
out ATTRIBUTE_TYPE vCurrent;
out ATTRIBUTE_TYPE vCurrent64Low;

vec2 mix_fp64(vec2 a, vec2 b, float x) {
  vec2 range = sub_fp64(b, a);
  return sum_fp64(a, mul_fp64(range, vec2(x, 0.0)));
}

void main(void) {
  for (int i=0; i<ATTRIBUTE_SIZE; i++) {
    vec2 value = mix_fp64(vec2(aFrom[i], aFrom64Low[i]), vec2(aTo[i], aTo64Low[i]), interpolation.time);
    vCurrent[i] = value.x;
    vCurrent64Low[i] = value.y;
  }
  gl_Position = vec4(0.0);
}
`;function gw(i){return i.isDoublePrecisionBuffer}function SO(i,t){let e=t.size,r=cd(e),n=ld(e),s=t.getBufferLayout();return gw(t)?new xo(i,{vs:wO,bufferLayout:[{name:"aFrom",byteStride:8*e,attributes:[{attribute:"aFrom",format:n,byteOffset:0},{attribute:"aFrom64Low",format:n,byteOffset:4*e}]},{name:"aTo",byteStride:8*e,attributes:[{attribute:"aTo",format:n,byteOffset:0},{attribute:"aTo64Low",format:n,byteOffset:4*e}]}],modules:[xy,mw],defines:{ATTRIBUTE_TYPE:r,ATTRIBUTE_SIZE:e},moduleSettings:{},varyings:["vCurrent","vCurrent64Low"],bufferMode:35980,disableWarnings:!0}):new xo(i,{vs:bO,bufferLayout:[{name:"aFrom",format:n},{name:"aTo",format:s.attributes[0].format}],modules:[mw],defines:{ATTRIBUTE_TYPE:r},varyings:["vCurrent"],disableWarnings:!0})}var Ic=class extends lo{constructor({device:t,attribute:e,timeline:r}){super({device:t,attribute:e,timeline:r}),this.type="spring",this.texture=MO(t),this.framebuffer=CO(t,this.texture),this.transform=AO(t,e)}start(t,e){let r=this.currentLength,n=this.currentStartIndices;super.start(t,e);let{buffers:s,attribute:o}=this;for(let c=0;c<2;c++)s[c]=dd({device:this.device,buffer:s[c],attribute:o,fromLength:r,toLength:this.currentLength,fromStartIndices:n,getData:t.enter});s[2]=ud({device:this.device,source:s[0],target:s[2]}),this.setBuffer(s[1]);let{model:a}=this.transform;a.setVertexCount(Math.floor(this.currentLength/o.size)),o.isConstant?a.setConstantAttributes({aTo:o.value}):a.setAttributes({aTo:o.getBuffer()})}onUpdate(){let{buffers:t,transform:e,framebuffer:r,transition:n}=this,s=this.settings;e.model.setAttributes({aPrev:t[0],aCur:t[1]}),e.transformFeedback.setBuffers({vNext:t[2]});let o={stiffness:s.stiffness,damping:s.damping};e.model.shaderInputs.setProps({spring:o}),e.run({framebuffer:r,discard:!1,parameters:{viewport:[0,0,1,1]},clearColor:[0,0,0,0]}),fd(t),this.setBuffer(t[1]),this.device.readPixelsToArrayWebGL(r)[0]>0||n.end()}delete(){super.delete(),this.transform.destroy(),this.texture.destroy(),this.framebuffer.destroy()}},PO=`layout(std140) uniform springUniforms {
  float damping;
  float stiffness;
} spring;
`,EO={name:"spring",vs:PO,uniformTypes:{damping:"f32",stiffness:"f32"}},IO=`#version 300 es
#define SHADER_NAME spring-transition-vertex-shader

#define EPSILON 0.00001

in ATTRIBUTE_TYPE aPrev;
in ATTRIBUTE_TYPE aCur;
in ATTRIBUTE_TYPE aTo;
out ATTRIBUTE_TYPE vNext;
out float vIsTransitioningFlag;

ATTRIBUTE_TYPE getNextValue(ATTRIBUTE_TYPE cur, ATTRIBUTE_TYPE prev, ATTRIBUTE_TYPE dest) {
  ATTRIBUTE_TYPE velocity = cur - prev;
  ATTRIBUTE_TYPE delta = dest - cur;
  ATTRIBUTE_TYPE force = delta * spring.stiffness;
  ATTRIBUTE_TYPE resistance = velocity * spring.damping;
  return force - resistance + velocity + cur;
}

void main(void) {
  bool isTransitioning = length(aCur - aPrev) > EPSILON || length(aTo - aCur) > EPSILON;
  vIsTransitioningFlag = isTransitioning ? 1.0 : 0.0;

  vNext = getNextValue(aCur, aPrev, aTo);
  gl_Position = vec4(0, 0, 0, 1);
  gl_PointSize = 100.0;
}
`,TO=`#version 300 es
#define SHADER_NAME spring-transition-is-transitioning-fragment-shader

in float vIsTransitioningFlag;

out vec4 fragColor;

void main(void) {
  if (vIsTransitioningFlag == 0.0) {
    discard;
  }
  fragColor = vec4(1.0);
}`;function AO(i,t){let e=cd(t.size),r=ld(t.size);return new xo(i,{vs:IO,fs:TO,bufferLayout:[{name:"aPrev",format:r},{name:"aCur",format:r},{name:"aTo",format:t.getBufferLayout().attributes[0].format}],varyings:["vNext"],modules:[EO],defines:{ATTRIBUTE_TYPE:e},parameters:{depthCompare:"always",blendColorOperation:"max",blendColorSrcFactor:"one",blendColorDstFactor:"one",blendAlphaOperation:"max",blendAlphaSrcFactor:"one",blendAlphaDstFactor:"one"}})}function MO(i){return i.createTexture({data:new Uint8Array(4),format:"rgba8unorm",width:1,height:1})}function CO(i,t){return i.createFramebuffer({id:"spring-transition-is-transitioning-framebuffer",width:1,height:1,colorAttachments:[t]})}var LO={interpolation:Ec,spring:Ic},Tc=class{constructor(t,{id:e,timeline:r}){if(!t)throw new Error("AttributeTransitionManager is constructed without device");this.id=e,this.device=t,this.timeline=r,this.transitions={},this.needsRedraw=!1,this.numInstances=1}finalize(){for(let t in this.transitions)this._removeTransition(t)}update({attributes:t,transitions:e,numInstances:r}){this.numInstances=r||1;for(let n in t){let s=t[n],o=s.getTransitionSetting(e);o&&this._updateAttribute(n,s,o)}for(let n in this.transitions){let s=t[n];(!s||!s.getTransitionSetting(e))&&this._removeTransition(n)}}hasAttribute(t){let e=this.transitions[t];return e&&e.inProgress}getAttributes(){let t={};for(let e in this.transitions){let r=this.transitions[e];r.inProgress&&(t[e]=r.attributeInTransition)}return t}run(){if(this.numInstances===0)return!1;for(let e in this.transitions)this.transitions[e].update()&&(this.needsRedraw=!0);let t=this.needsRedraw;return this.needsRedraw=!1,t}_removeTransition(t){this.transitions[t].delete(),delete this.transitions[t]}_updateAttribute(t,e,r){let n=this.transitions[t],s=!n||n.type!==r.type;if(s){n&&this._removeTransition(t);let o=LO[r.type];o?this.transitions[t]=new o({attribute:e,timeline:this.timeline,device:this.device}):(R.error(`unsupported transition type '${r.type}'`)(),s=!1)}(s||e.needsRedraw())&&(this.needsRedraw=!0,this.transitions[t].start(r,this.numInstances))}};var yw="attributeManager.invalidate",OO="attributeManager.updateStart",BO="attributeManager.updateEnd",RO="attribute.updateStart",DO="attribute.allocate",kO="attribute.updateEnd",Ac=class{constructor(t,{id:e="attribute-manager",stats:r,timeline:n}={}){this.mergeBoundsMemoized=Ki(Pb),this.id=e,this.device=t,this.attributes={},this.updateTriggers={},this.needsRedraw=!0,this.userData={},this.stats=r,this.attributeTransitionManager=new Tc(t,{id:`${e}-transitions`,timeline:n}),this.attributeBufferGroups=t.type==="webgpu"?new Pc(t,{id:e,isTransitionAttribute:s=>this.attributeTransitionManager.hasAttribute(s)}):null,Object.seal(this)}finalize(){this.attributeBufferGroups?.finalize();for(let t in this.attributes)this.attributes[t].delete();this.attributeTransitionManager.finalize()}getNeedsRedraw(t={clearRedrawFlags:!1}){let e=this.needsRedraw;return this.needsRedraw=this.needsRedraw&&!t.clearRedrawFlags,e&&this.id}setNeedsRedraw(){this.needsRedraw=!0}add(t){this._add(t)}addInstanced(t){this._add(t,{stepMode:"instance"})}remove(t){for(let e of t)this.attributes[e]!==void 0&&(this.attributes[e].delete(),delete this.attributes[e])}invalidate(t,e){let r=this._invalidateTrigger(t,e);Rt(yw,this,t,r)}invalidateAll(t){for(let e in this.attributes)this.attributes[e].setNeedsUpdate(e,t);Rt(yw,this,"all")}update({data:t,numInstances:e,startIndices:r=null,transitions:n,props:s={},buffers:o={},context:a={}}){let c=!1;Rt(OO,this),this.stats&&this.stats.get("Update Attributes").timeStart();for(let l in this.attributes){let f=this.attributes[l],u=f.settings.accessor;f.startIndices=r,f.numInstances=e,s[l]&&R.removed(`props.${l}`,`data.attributes.${l}`)(),f.setExternalBuffer(o[l])||f.setBinaryValue(typeof u=="string"?o[u]:void 0,t.startIndices)||typeof u=="string"&&!o[u]&&f.setConstantValue(a,s[u])||f.needsUpdate()&&(c=!0,this._updateAttribute({attribute:f,numInstances:e,data:t,props:s,context:a})),this.needsRedraw=this.needsRedraw||f.needsRedraw()}c&&Rt(BO,this,e),this.stats&&(this.stats.get("Update Attributes").timeEnd(),c&&this.stats.get("Attributes updated").incrementCount()),this.attributeTransitionManager.update({attributes:this.attributes,numInstances:e,transitions:n})}updateTransition(){let{attributeTransitionManager:t}=this,e=t.run();return this.needsRedraw=this.needsRedraw||e,e}getAttributes(){return{...this.attributes,...this.attributeTransitionManager.getAttributes()}}getBounds(t){let e=t.map(r=>this.attributes[r]?.getBounds());return this.mergeBoundsMemoized(e)}getChangedAttributes(t={clearChangedFlags:!1}){let{attributes:e,attributeTransitionManager:r}=this,n={...r.getAttributes()};for(let s in e){let o=e[s];o.needsRedraw(t)&&!r.hasAttribute(s)&&(n[s]=o)}return n}getBufferLayouts(t){return this.hasBufferGroups()?this.attributeBufferGroups.getBufferLayouts(this.getAttributes(),t):Object.values(this.getAttributes()).map(e=>e.getBufferLayout(t))}hasBufferGroups(){return!!this.attributeBufferGroups?.hasGroups(this.attributes)}getBufferGroupBindings(t,e,r={}){return this.attributeBufferGroups?this.attributeBufferGroups.getBindings(this.getAttributes(),t,e,r):{bufferLayouts:this.getBufferLayouts(e),buffers:{},groupedAttributeIds:new Set}}_add(t,e){for(let r in t){let n=t[r],s={...n,id:r,size:n.isIndexed&&1||n.size||1,...e};this.attributes[r]=new Xn(this.device,s)}this._mapUpdateTriggersToAttributes()}_mapUpdateTriggersToAttributes(){let t={};for(let e in this.attributes)this.attributes[e].getUpdateTriggers().forEach(n=>{t[n]||(t[n]=[]),t[n].push(e)});this.updateTriggers=t}_invalidateTrigger(t,e){let{attributes:r,updateTriggers:n}=this,s=n[t];return s&&s.forEach(o=>{let a=r[o];a&&a.setNeedsUpdate(a.id,e)}),s}_updateAttribute(t){let{attribute:e,numInstances:r}=t;if(Rt(RO,e),e.constant){e.setConstantValue(t.context,e.value);return}e.allocate(r)&&Rt(DO,e,r),e.updateBuffer(t)&&(this.needsRedraw=!0,Rt(kO,e,r))}};var Mc=class extends Ai{get value(){return this._value}_onUpdate(){let{time:t,settings:{fromValue:e,toValue:r,duration:n,easing:s}}=this,o=s(t/n);this._value=Un(e,r,o)}};var vw=1e-5;function _w(i,t,e,r,n){let s=t-i,a=(e-t)*n,c=-s*r;return a+c+s+t}function FO(i,t,e,r,n){if(Array.isArray(e)){let s=[];for(let o=0;o<e.length;o++)s[o]=_w(i[o],t[o],e[o],r,n);return s}return _w(i,t,e,r,n)}function xw(i,t){if(Array.isArray(i)){let e=0;for(let r=0;r<i.length;r++){let n=i[r]-t[r];e+=n*n}return Math.sqrt(e)}return Math.abs(i-t)}var Cc=class extends Ai{get value(){return this._currValue}_onUpdate(){let{fromValue:t,toValue:e,damping:r,stiffness:n}=this.settings,{_prevValue:s=t,_currValue:o=t}=this,a=FO(s,o,e,r,n),c=xw(a,e),l=xw(a,o);c<vw&&l<vw&&(a=e,this.end()),this._prevValue=o,this._currValue=a}};var NO={interpolation:Mc,spring:Cc},Lc=class{constructor(t){this.transitions=new Map,this.timeline=t}get active(){return this.transitions.size>0}add(t,e,r,n){let{transitions:s}=this;if(s.has(t)){let c=s.get(t),{value:l=c.settings.fromValue}=c;e=l,this.remove(t)}if(n=sd(n),!n)return;let o=NO[n.type];if(!o){R.error(`unsupported transition type '${n.type}'`)();return}let a=new o(this.timeline);a.start({...n,fromValue:e,toValue:r}),s.set(t,a)}remove(t){let{transitions:e}=this;e.has(t)&&(e.get(t).cancel(),e.delete(t))}update(){let t={};for(let[e,r]of this.transitions)r.update(),t[e]=r.value,r.inProgress||this.remove(e);return t}clear(){for(let t of this.transitions.keys())this.remove(t)}};function ww(i){let t=i[si];for(let e in t){let r=t[e],{validate:n}=r;if(n&&!n(i[e],r))throw new Error(`Invalid prop ${e}: ${i[e]}`)}}function Sw(i,t){let e=Pw({newProps:i,oldProps:t,propTypes:i[si],ignoreProps:{data:null,updateTriggers:null,extensions:null,transitions:null}}),r=zO(i,t),n=!1;return r||(n=VO(i,t)),{dataChanged:r,propsChanged:e,updateTriggersChanged:n,extensionsChanged:jO(i,t),transitionsChanged:UO(i,t)}}function UO(i,t){if(!i.transitions)return!1;let e={},r=i[si],n=!1;for(let s in i.transitions){let o=r[s],a=o&&o.type;(a==="number"||a==="color"||a==="array")&&yg(i[s],t[s],o)&&(e[s]=!0,n=!0)}return n?e:!1}function Pw({newProps:i,oldProps:t,ignoreProps:e={},propTypes:r={},triggerName:n="props"}){if(t===i)return!1;if(typeof i!="object"||i===null)return`${n} changed shallowly`;if(typeof t!="object"||t===null)return`${n} changed shallowly`;for(let s of Object.keys(i))if(!(s in e)){if(!(s in t))return`${n}.${s} added`;let o=yg(i[s],t[s],r[s]);if(o)return`${n}.${s} ${o}`}for(let s of Object.keys(t))if(!(s in e)){if(!(s in i))return`${n}.${s} dropped`;if(!Object.hasOwnProperty.call(i,s)){let o=yg(i[s],t[s],r[s]);if(o)return`${n}.${s} ${o}`}}return!1}function yg(i,t,e){let r=e&&e.equal;return r&&!r(i,t,e)||!r&&(r=i&&t&&i.equals,r&&!r.call(i,t))?"changed deeply":!r&&t!==i?"changed shallowly":null}function zO(i,t){if(t===null)return"oldProps is null, initial diff";let e=!1,{dataComparator:r,_dataDiff:n}=i;return r?r(i.data,t.data)||(e="Data comparator detected a change"):i.data!==t.data&&(e="A new data container was supplied"),e&&n&&(e=n(i.data,t.data)||e),e}function VO(i,t){if(t===null)return{all:!0};if("all"in i.updateTriggers&&bw(i,t,"all"))return{all:!0};let e={},r=!1;for(let n in i.updateTriggers)n!=="all"&&bw(i,t,n)&&(e[n]=!0,r=!0);return r?e:!1}function jO(i,t){if(t===null)return!0;let e=t.extensions,{extensions:r}=i;if(r===e)return!1;if(!e||!r||r.length!==e.length)return!0;for(let n=0;n<r.length;n++)if(!r[n].equals(e[n]))return!0;return!1}function bw(i,t,e){let r=i.updateTriggers[e];r=r??{};let n=t.updateTriggers[e];return n=n??{},Pw({oldProps:n,newProps:r,triggerName:e})}var WO="count(): argument not an object",GO="count(): argument not a container";function Ew(i){if(!$O(i))throw new Error(WO);if(typeof i.count=="function")return i.count();if(Number.isFinite(i.size))return i.size;if(Number.isFinite(i.length))return i.length;if(HO(i))return Object.keys(i).length;throw new Error(GO)}function HO(i){return i!==null&&typeof i=="object"&&i.constructor===Object}function $O(i){return i!==null&&typeof i=="object"}function vg(i,t){if(!t)return i;let e={...i,...t};if("defines"in t&&(e.defines={...i.defines,...t.defines}),"modules"in t&&(e.modules=(i.modules||[]).concat(t.modules),t.modules.some(r=>r.name==="project64"))){let r=e.modules.findIndex(n=>n.name==="project32");r>=0&&e.modules.splice(r,1)}if("inject"in t)if(!i.inject)e.inject=t.inject;else{let r={...i.inject};for(let n in t.inject)r[n]=(r[n]||"")+t.inject[n];e.inject=r}return e}var YO={minFilter:"linear",mipmapFilter:"linear",magFilter:"linear",addressModeU:"clamp-to-edge",addressModeV:"clamp-to-edge"},_g={};function Iw(i,t,e,r){if(e instanceof Ur)return e;e.constructor&&e.constructor.name!=="Object"&&(e={data:e});let n=null;e.compressed&&(n={minFilter:"linear",mipmapFilter:e.data.length>1?"nearest":"linear"});let{width:s,height:o}=e.data,a=t.createTexture({...e,sampler:{...YO,...n,...r},mipLevels:t.getMipLevelCount(s,o)});return t.type==="webgl"?a.generateMipmapsWebGL():t.type==="webgpu"&&t.generateMipmapsWebGPU(a),_g[a.id]=i,a}function Tw(i,t){!t||!(t instanceof Ur)||_g[t.id]===i&&(t.delete(),delete _g[t.id])}var ZO={boolean:{validate(i,t){return!0},equal(i,t,e){return!!i==!!t}},number:{validate(i,t){return Number.isFinite(i)&&(!("max"in t)||i<=t.max)&&(!("min"in t)||i>=t.min)}},color:{validate(i,t){return t.optional&&!i||xg(i)&&(i.length===3||i.length===4)},equal(i,t,e){return wt(i,t,1)}},accessor:{validate(i,t){let e=hd(i);return e==="function"||e===hd(t.value)},equal(i,t,e){return typeof t=="function"?!0:wt(i,t,1)}},array:{validate(i,t){return t.optional&&!i||xg(i)},equal(i,t,e){let{compare:r}=e,n=Number.isInteger(r)?r:r?1:0;return r?wt(i,t,n):i===t}},object:{equal(i,t,e){if(e.ignore)return!0;let{compare:r}=e,n=Number.isInteger(r)?r:r?1:0;return r?wt(i,t,n):i===t}},function:{validate(i,t){return t.optional&&!i||typeof i=="function"},equal(i,t,e){return!e.compare&&e.ignore!==!1||i===t}},data:{transform:(i,t,e)=>{if(!i)return i;let{dataTransform:r}=e.props;return r?r(i):typeof i.shape=="string"&&i.shape.endsWith("-table")&&Array.isArray(i.data)?i.data:i}},image:{transform:(i,t,e)=>{let r=e.context;return!r||!r.device?null:Iw(e.id,r.device,i,{...t.parameters,...e.props.textureParameters})},release:(i,t,e)=>{Tw(e.id,i)}}};function Aw(i){let t={},e={},r={};for(let[n,s]of Object.entries(i)){let o=s?.deprecatedFor;if(o)r[n]=Array.isArray(o)?o:[o];else{let a=qO(n,s);t[n]=a,e[n]=a.value}}return{propTypes:t,defaultProps:e,deprecatedProps:r}}function qO(i,t){switch(hd(t)){case"object":return Oc(i,t);case"array":return Oc(i,{type:"array",value:t,compare:!1});case"boolean":return Oc(i,{type:"boolean",value:t});case"number":return Oc(i,{type:"number",value:t});case"function":return Oc(i,{type:"function",value:t,compare:!0});default:return{name:i,type:"unknown",value:t}}}function Oc(i,t){return"type"in t?{name:i,...ZO[t.type],...t}:"value"in t?{name:i,type:hd(t.value),...t}:{name:i,type:"object",value:t}}function xg(i){return Array.isArray(i)||ArrayBuffer.isView(i)}function hd(i){return xg(i)?"array":i===null?"null":typeof i}function Mw(i,t){let e;for(let s=t.length-1;s>=0;s--){let o=t[s];"extensions"in o&&(e=o.extensions)}let r=bg(i.constructor,e),n=Object.create(r);n[io]=i,n[Ji]={},n[Ti]={};for(let s=0;s<t.length;++s){let o=t[s];for(let a in o)n[a]=o[a]}return Object.freeze(n),n}var XO="_mergedDefaultProps";function bg(i,t){if(!(i instanceof pd.constructor))return{};let e=XO;if(t)for(let n of t){let s=n.constructor;s&&(e+=`:${s.extensionName||s.name}`)}let r=Cw(i,e);return r||(i[e]=KO(i,t||[]))}function KO(i,t){if(!i.prototype)return null;let r=Object.getPrototypeOf(i),n=bg(r),s=Cw(i,"defaultProps")||{},o=Aw(s),a=Object.assign(Object.create(null),n,o.defaultProps),c=Object.assign(Object.create(null),n?.[si],o.propTypes),l=Object.assign(Object.create(null),n?.[Ku],o.deprecatedProps);for(let f of t){let u=bg(f.constructor);u&&(Object.assign(a,u),Object.assign(c,u[si]),Object.assign(l,u[Ku]))}return JO(a,i),tB(a,c),QO(a,l),a[si]=c,a[Ku]=l,t.length===0&&!wg(i,"_propTypes")&&(i._propTypes=c),a}function JO(i,t){let e=iB(t);Object.defineProperties(i,{id:{writable:!0,value:e}})}function QO(i,t){for(let e in t)Object.defineProperty(i,e,{enumerable:!1,set(r){let n=`${this.id}: ${e}`;for(let s of t[e])wg(this,s)||(this[s]=r);R.deprecated(n,t[e].join("/"))()}})}function tB(i,t){let e={},r={};for(let n in t){let s=t[n],{name:o,value:a}=s;s.async&&(e[o]=a,r[o]=eB(o))}i[kr]=e,i[Ji]={},Object.defineProperties(i,r)}function eB(i){return{enumerable:!0,set(t){typeof t=="string"||t instanceof Promise||rd(t)?this[Ji][i]=t:this[Ti][i]=t},get(){if(this[Ti]){if(i in this[Ti])return this[Ti][i]||this[kr][i];if(i in this[Ji]){let t=this[io]&&this[io].internalState;if(t&&t.hasAsyncProp(i))return t.getAsyncProp(i)||this[kr][i]}}return this[kr][i]}}}function wg(i,t){return Object.prototype.hasOwnProperty.call(i,t)}function Cw(i,t){return wg(i,t)&&i[t]}function iB(i){let t=i.componentName;return t||R.warn(`${i.name}.componentName not specified`)(),t||i.name}var rB=0,Bc=class{constructor(...t){this.props=Mw(this,t),this.id=this.props.id,this.count=rB++}clone(t){let{props:e}=this,r={};for(let n in e[kr])n in e[Ti]?r[n]=e[Ti][n]:n in e[Ji]&&(r[n]=e[Ji][n]);return new this.constructor({...e,...r,...t})}};Bc.componentName="Component";Bc.defaultProps={};var pd=Bc;var nB=Object.freeze({}),Rc=class{constructor(t){this.component=t,this.asyncProps={},this.onAsyncPropUpdated=()=>{},this.oldProps=null,this.oldAsyncProps=null}finalize(){for(let t in this.asyncProps){let e=this.asyncProps[t];e&&e.type&&e.type.release&&e.type.release(e.resolvedValue,e.type,this.component)}this.asyncProps={},this.component=null,this.resetOldProps()}getOldProps(){return this.oldAsyncProps||this.oldProps||nB}resetOldProps(){this.oldAsyncProps=null,this.oldProps=this.component?this.component.props:null}hasAsyncProp(t){return t in this.asyncProps}getAsyncProp(t){let e=this.asyncProps[t];return e&&e.resolvedValue}isAsyncPropLoading(t){if(t){let e=this.asyncProps[t];return!!(e&&e.pendingLoadCount>0&&e.pendingLoadCount!==e.resolvedLoadCount)}for(let e in this.asyncProps)if(this.isAsyncPropLoading(e))return!0;return!1}reloadAsyncProp(t,e){this._watchPromise(t,Promise.resolve(e))}setAsyncProps(t){this.component=t[io]||this.component;let e=t[Ti]||{},r=t[Ji]||t,n=t[kr]||{};for(let s in e){let o=e[s];this._createAsyncPropData(s,n[s]),this._updateAsyncProp(s,o),e[s]=this.getAsyncProp(s)}for(let s in r){let o=r[s];this._createAsyncPropData(s,n[s]),this._updateAsyncProp(s,o)}}_fetch(t,e){return null}_onResolve(t,e){}_onError(t,e){}_updateAsyncProp(t,e){if(this._didAsyncInputValueChange(t,e)){if(typeof e=="string"&&(e=this._fetch(t,e)),e instanceof Promise){this._watchPromise(t,e);return}if(rd(e)){this._resolveAsyncIterable(t,e);return}this._setPropValue(t,e)}}_freezeAsyncOldProps(){if(!this.oldAsyncProps&&this.oldProps){this.oldAsyncProps=Object.create(this.oldProps);for(let t in this.asyncProps)Object.defineProperty(this.oldAsyncProps,t,{enumerable:!0,value:this.oldProps[t]})}}_didAsyncInputValueChange(t,e){let r=this.asyncProps[t];return e===r.resolvedValue||e===r.lastValue?!1:(r.lastValue=e,!0)}_setPropValue(t,e){this._freezeAsyncOldProps();let r=this.asyncProps[t];r&&(e=this._postProcessValue(r,e),r.resolvedValue=e,r.pendingLoadCount++,r.resolvedLoadCount=r.pendingLoadCount)}_setAsyncPropValue(t,e,r){let n=this.asyncProps[t];n&&r>=n.resolvedLoadCount&&e!==void 0&&(this._freezeAsyncOldProps(),n.resolvedValue=e,n.resolvedLoadCount=r,this.onAsyncPropUpdated(t,e))}_watchPromise(t,e){let r=this.asyncProps[t];if(r){r.pendingLoadCount++;let n=r.pendingLoadCount;e.then(s=>{this.component&&(s=this._postProcessValue(r,s),this._setAsyncPropValue(t,s,n),this._onResolve(t,s))}).catch(s=>{this._onError(t,s)})}}async _resolveAsyncIterable(t,e){if(t!=="data"){this._setPropValue(t,e);return}let r=this.asyncProps[t];if(!r)return;r.pendingLoadCount++;let n=r.pendingLoadCount,s=[],o=0;for await(let a of e){if(!this.component)return;let{dataTransform:c}=this.component.props;c?s=c(a,s):s=s.concat(a),Object.defineProperty(s,"__diff",{enumerable:!1,value:[{startRow:o,endRow:s.length}]}),o=s.length,this._setAsyncPropValue(t,s,n)}this._onResolve(t,s)}_postProcessValue(t,e){let r=t.type;return r&&this.component&&(r.release&&r.release(t.resolvedValue,r,this.component),r.transform)?r.transform(e,r,this.component):e}_createAsyncPropData(t,e){if(!this.asyncProps[t]){let n=this.component&&this.component.props[si];this.asyncProps[t]={type:n&&n[t],lastValue:null,resolvedValue:e,pendingLoadCount:0,resolvedLoadCount:0}}}};var Dc=class extends Rc{constructor({attributeManager:t,layer:e}){super(e),this.attributeManager=t,this.needsRedraw=!0,this.needsUpdate=!0,this.subLayers=null,this.usesPickingColorCache=!1,this.disabledPickingIndices=[]}get layer(){return this.component}_fetch(t,e){let r=this.layer,n=r?.props.fetch;return n?n(e,{propName:t,layer:r}):super._fetch(t,e)}_onResolve(t,e){let r=this.layer;if(r){let n=r.props.onDataLoad;t==="data"&&n&&n(e,{propName:t,layer:r})}}_onError(t,e){let r=this.layer;r&&r.raiseError(e,`loading ${t} of ${this.layer}`)}};var sB="layer.changeFlag",oB="layer.initialize",aB="layer.update",cB="layer.finalize",lB="layer.matched",Lw=2**24-1,fB=Object.freeze([]),uB=Ki(({oldViewport:i,viewport:t})=>i.equals(t)),ai=new Uint8ClampedArray(0);function Ow(i){return i.rowIndexes||i.pickingColors||i.instancePickingColors}function Sg(i){return i.rowIndexes}function Pg(i){return i.pickingColors||i.instancePickingColors}var dB={data:{type:"data",value:fB,async:!0},dataComparator:{type:"function",value:null,optional:!0},_dataDiff:{type:"function",value:i=>i&&i.__diff,optional:!0},dataTransform:{type:"function",value:null,optional:!0},onDataLoad:{type:"function",value:null,optional:!0},onError:{type:"function",value:null,optional:!0},fetch:{type:"function",value:(i,{propName:t,layer:e,loaders:r,loadOptions:n,signal:s})=>{let{resourceManager:o}=e.context;n=n||e.getLoadOptions(),r=r||e.props.loaders,s&&(n={...n,core:{...n?.core,fetch:{...n?.core?.fetch,signal:s}}});let a=o.contains(i);return!a&&!n&&(o.add({resourceId:i,data:sn(i,r),persistent:!1}),a=!0),a?o.subscribe({resourceId:i,onChange:c=>e.internalState?.reloadAsyncProp(t,c),consumerId:e.id,requestId:t}):sn(i,r,n)}},updateTriggers:{},visible:!0,pickable:!1,opacity:{type:"number",min:0,max:1,value:1},operation:"draw",onHover:{type:"function",value:null,optional:!0},onClick:{type:"function",value:null,optional:!0},onDragStart:{type:"function",value:null,optional:!0},onDrag:{type:"function",value:null,optional:!0},onDragEnd:{type:"function",value:null,optional:!0},coordinateSystem:"default",coordinateOrigin:{type:"array",value:[0,0,0],compare:!0},modelMatrix:{type:"array",value:null,compare:!0,optional:!0},wrapLongitude:!1,positionFormat:"XYZ",colorFormat:"RGBA",parameters:{type:"object",value:{},optional:!0,compare:2},loadOptions:{type:"object",value:null,optional:!0,ignore:!0},transitions:null,extensions:[],loaders:{type:"array",value:[],optional:!0,ignore:!0},getPolygonOffset:{type:"function",value:({layerIndex:i})=>[0,-i*100]},highlightedObjectIndex:null,autoHighlight:!1,highlightColor:{type:"accessor",value:[0,0,128,128]}},kc=class extends pd{constructor(){super(...arguments),this.internalState=null,this.lifecycle=fn.NO_STATE,this.parent=null}static get componentName(){return Object.prototype.hasOwnProperty.call(this,"layerName")?this.layerName:""}get root(){let t=this;for(;t.parent;)t=t.parent;return t}toString(){return`${this.constructor.layerName||this.constructor.name}({id: '${this.props.id}'})`}project(t){pt(this.internalState);let e=this.internalState.viewport||this.context.viewport,r=Xu(t,{viewport:e,modelMatrix:this.props.modelMatrix,coordinateOrigin:this.props.coordinateOrigin,coordinateSystem:this.props.coordinateSystem}),[n,s,o]=cn(r,e.pixelProjectionMatrix);return t.length===2?[n,s]:[n,s,o]}unproject(t){return pt(this.internalState),(this.internalState.viewport||this.context.viewport).unproject(t)}projectPosition(t,e){pt(this.internalState);let r=this.internalState.viewport||this.context.viewport;return Tb(t,{viewport:r,modelMatrix:this.props.modelMatrix,coordinateOrigin:this.props.coordinateOrigin,coordinateSystem:this.props.coordinateSystem,...e})}get isComposite(){return!1}get isDrawable(){return!0}setState(t){this.setChangeFlags({stateChanged:!0}),Object.assign(this.state,t),this.setNeedsRedraw()}setNeedsRedraw(){this.internalState&&(this.internalState.needsRedraw=!0)}setNeedsUpdate(){this.internalState&&(this.context.layerManager.setNeedsUpdate(String(this)),this.internalState.needsUpdate=!0)}get isLoaded(){return this.internalState?!this.internalState.isAsyncPropLoading():!1}get wrapLongitude(){return this.props.wrapLongitude}isPickable(){return this.props.pickable&&this.props.visible}getModels(){let t=this.state;return t&&(t.models||t.model&&[t.model])||[]}setShaderModuleProps(...t){for(let e of this.getModels())e.shaderInputs.setProps(...t)}getAttributeManager(){return this.internalState&&this.internalState.attributeManager}getCurrentLayer(){return this.internalState&&this.internalState.layer}getLoadOptions(){return this.props.loadOptions}use64bitPositions(){let{coordinateSystem:t}=this.props;return t==="default"||t==="lnglat"||t==="cartesian"}onHover(t,e){return this.props.onHover&&this.props.onHover(t,e)||!1}onClick(t,e){return this.props.onClick&&this.props.onClick(t,e)||!1}nullPickingColor(){return[0,0,0]}encodePickingColor(t,e=[]){return e[0]=t+1&255,e[1]=t+1>>8&255,e[2]=t+1>>8>>8&255,e}decodePickingColor(t){pt(t instanceof Uint8Array);let[e,r,n]=t;return e+r*256+n*65536-1}getNumInstances(){return Number.isFinite(this.props.numInstances)?this.props.numInstances:this.state&&this.state.numInstances!==void 0?this.state.numInstances:Ew(this.props.data)}getStartIndices(){return this.props.startIndices?this.props.startIndices:this.state&&this.state.startIndices?this.state.startIndices:null}getBounds(){return this.getAttributeManager()?.getBounds(["positions","instancePositions"])}getShaders(t){t=vg(t,{disableWarnings:!0,modules:this.context.defaultShaderModules});for(let e of this.props.extensions)t=vg(t,e.getShaders.call(this,e));return t}shouldUpdateState(t){return t.changeFlags.propsOrDataChanged}updateState(t){let e=this.getAttributeManager(),{dataChanged:r}=t.changeFlags;if(r&&e)if(Array.isArray(r))for(let n of r)e.invalidateAll(n);else e.invalidateAll();if(e){let{props:n}=t,s=this.internalState.hasPickingBuffer,o=Number.isInteger(n.highlightedObjectIndex)||!!n.pickable||n.extensions.some(a=>a.getNeedsPickingBuffer.call(this,a));if(s!==o){this.internalState.hasPickingBuffer=o;let a=Ow(e.attributes);a&&(o&&a.constant&&(a.constant=!1,e.invalidate(a.id)),!a.value&&!o&&(a.constant=!0,a.value=Sg(e.attributes)?[Xa]:[0,0,0]))}}}finalizeState(t){for(let r of this.getModels())r.destroy();let e=this.getAttributeManager();e&&e.finalize(),this.context&&this.context.resourceManager.unsubscribe({consumerId:this.id}),this.internalState&&(this.internalState.uniformTransitions.clear(),this.internalState.finalize())}draw(t){for(let e of this.getModels())e.draw(t.renderPass)}getPickingInfo({info:t,mode:e,sourceLayer:r}){let{index:n}=t;return n>=0&&Array.isArray(this.props.data)&&(t.object=this.props.data[n]),t}raiseError(t,e){e&&(t=new Error(`${e}: ${t.message}`,{cause:t})),this.props.onError?.(t)||this.context?.onError?.(t,this)}getNeedsRedraw(t={clearRedrawFlags:!1}){return this._getNeedsRedraw(t)}needsUpdate(){return this.internalState?this.internalState.needsUpdate||this.hasUniformTransition()||this.shouldUpdateState(this._getUpdateParams()):!1}hasUniformTransition(){return this.internalState?.uniformTransitions.active||!1}activateViewport(t){if(!this.internalState)return;let e=this.internalState.viewport;this.internalState.viewport=t,(!e||!uB({oldViewport:e,viewport:t}))&&(this.setChangeFlags({viewportChanged:!0}),this.isComposite?this.needsUpdate()&&this.setNeedsUpdate():this._update())}invalidateAttribute(t="all"){let e=this.getAttributeManager();e&&(t==="all"?e.invalidateAll():e.invalidate(t))}updateAttributes(t){let e=!1;for(let r in t)t[r].layoutChanged()&&(e=!0);for(let r of this.getModels())this._setModelAttributes(r,t,e)}_updateAttributes(){let t=this.getAttributeManager();if(!t)return;let e=this.props,r=this.getNumInstances(),n=this.getStartIndices();t.update({data:e.data,numInstances:r,startIndices:n,props:e,transitions:e.transitions,buffers:e.data.attributes,context:this});let s=t.getChangedAttributes({clearChangedFlags:!0});this.updateAttributes(s)}_updateAttributeTransition(){let t=this.getAttributeManager();t&&t.updateTransition()}_updateUniformTransition(){let{uniformTransitions:t}=this.internalState;if(t.active){let e=t.update(),r=Object.create(this.props);for(let n in e)Object.defineProperty(r,n,{value:e[n]});return r}return this.props}calculateInstancePickingColors(t,{numInstances:e}){if(t.constant)return;let r=Math.floor(ai.length/4);this.internalState.usesPickingColorCache=!0;let n=e>0&&ai[0]===0;if(r<e||n){e>Lw&&R.warn("Layer has too many data objects. Picking might not be able to distinguish all objects.")(),ai=Ii.allocate(ai,e,{size:4,copy:!0,maxCount:Math.max(e,Lw)});let s=Math.floor(ai.length/4),o=[0,0,0],a=n?0:r;for(let c=a;c<s;c++)this.encodePickingColor(c,o),ai[c*4+0]=o[0],ai[c*4+1]=o[1],ai[c*4+2]=o[2],ai[c*4+3]=0}t.value=ai.subarray(0,e*4)}_setModelAttributes(t,e,r=!1){if(!Object.keys(e).length)return;let n=this.getAttributeManager();if(n?.hasBufferGroups()){this._setGroupedModelAttributes(t,n,e);return}if(r){let c=this.getAttributeManager();t.setBufferLayout(c.getBufferLayouts(t)),e=c.getAttributes()}let s=t.userData?.excludeAttributes||{},o={},a={};for(let c in e){if(s[c])continue;let l=e[c].getValue();for(let f in l){let u=l[f];u instanceof Jt?e[c].settings.isIndexed?t.setIndexBuffer(u):o[f]=u:u&&(a[f]=u)}}t.setAttributes(o),t.setConstantAttributes(a)}_setGroupedModelAttributes(t,e,r){let n=t.userData?.excludeAttributes||{},s=e.getBufferGroupBindings(r,t,n);t.setBufferLayout(s.bufferLayouts);let o={...s.buffers},a={},c=e.getAttributes();for(let l in c){if(n[l]||s.groupedAttributeIds.has(l))continue;let f=c[l],u=f.getValue();for(let d in u){let h=u[d];h instanceof Jt?f.settings.isIndexed?t.setIndexBuffer(h):o[d]=h:h&&(a[d]=h)}}t.setAttributes(o),t.setConstantAttributes(a)}disablePickingIndex(t){let e=this.props.data;if(!("attributes"in e)){this._disablePickingIndex(t);return}let r=this.getAttributeManager().attributes,n=Sg(r),s=Pg(r),o=n&&e.attributes&&e.attributes[n.id];if(o&&o.value){let c=o.value;for(let l=0;l<e.length;l++){let f=n.getVertexOffset(l);c[f]===t&&this._disablePickingIndex(l)}return}let a=s&&e.attributes&&e.attributes[s.id];if(a&&a.value){let c=a.value,l=this.encodePickingColor(t);for(let f=0;f<e.length;f++){let u=s.getVertexOffset(f);c[u]===l[0]&&c[u+1]===l[1]&&c[u+2]===l[2]&&this._disablePickingIndex(f)}}else this._disablePickingIndex(t)}_disablePickingIndex(t){let e=this.getAttributeManager().attributes,r=Sg(e);if(r){let a=r.getVertexOffset(t),c=r.getVertexOffset(t+1),l=new Uint32Array(c-a);l.fill(Xa),r.buffer.write(l,a*l.BYTES_PER_ELEMENT);return}let n=Pg(e);if(!n){this.internalState&&gb(this.internalState.disabledPickingIndices,t);return}let s=n.getVertexOffset(t),o=n.getVertexOffset(t+1);n.buffer.write(new Uint8Array(o-s),s)}restorePickingColors(){let t=this.getAttributeManager().attributes,e=Ow(t);if(!e){this.internalState&&(this.internalState.disabledPickingIndices.length=0);return}let r=Pg(t);this.internalState.usesPickingColorCache&&r&&r.value.buffer!==ai.buffer&&(r.value=ai.subarray(0,r.value.length)),e.updateSubBuffer({startOffset:0})}_initialize(){pt(!this.internalState),Rt(oB,this);let t=this._getAttributeManager();this.internalState=new Dc({attributeManager:t,layer:this}),this._clearChangeFlags(),this.state={},Object.defineProperty(this.state,"attributeManager",{get:()=>(R.deprecated("layer.state.attributeManager","layer.getAttributeManager()")(),t)}),this.internalState.uniformTransitions=new Lc(this.context.timeline),this.internalState.onAsyncPropUpdated=this._onAsyncPropUpdated.bind(this),this.internalState.setAsyncProps(this.props),this.initializeState(this.context);for(let e of this.props.extensions)e.initializeState.call(this,this.context,e);this.setChangeFlags({dataChanged:"init",propsChanged:"init",viewportChanged:!0,extensionsChanged:!0}),this._update()}_transferState(t){Rt(lB,this,this===t);let{state:e,internalState:r}=t;this!==t&&(this.internalState=r,this.state=e,this.internalState.setAsyncProps(this.props),this._diffProps(this.props,this.internalState.getOldProps()))}_update(){let t=this.needsUpdate();if(Rt(aB,this,t),!t)return;this.context.stats.get("Layer updates").incrementCount();let e=this.props,r=this.context,n=this.internalState,s=r.viewport,o=this._updateUniformTransition();n.propsInTransition=o,r.viewport=n.viewport||s,this.props=o;try{let a=this._getUpdateParams(),c=this.getModels();if(r.device)this.updateState(a);else try{this.updateState(a)}catch{}for(let f of this.props.extensions)f.updateState.call(this,a,f);this.setNeedsRedraw(),this._updateAttributes();let l=this.getModels()[0]!==c[0];this._postUpdate(a,l)}finally{r.viewport=s,this.props=e,this._clearChangeFlags(),n.needsUpdate=!1,n.resetOldProps()}}_finalize(){Rt(cB,this),this.finalizeState(this.context);for(let t of this.props.extensions)t.finalizeState.call(this,this.context,t)}_drawLayer({renderPass:t,shaderModuleProps:e=null,uniforms:r={},parameters:n={}}){this._updateAttributeTransition();let s=this.props,o=this.context;this.props=this.internalState.propsInTransition||s;try{e&&this.setShaderModuleProps(e);let{getPolygonOffset:a}=this.props,c=a&&a(r)||[0,0];o.device instanceof Sl&&o.device.setParametersWebGL({polygonOffset:c});let l=o.device instanceof Sl?null:hB(n);if(pB(this.getModels(),t,n,l),o.device instanceof Sl)o.device.withParametersWebGL(n,()=>{let f={renderPass:t,shaderModuleProps:e,uniforms:r,parameters:n,context:o};for(let u of this.props.extensions)u.draw.call(this,f,u);this.draw(f)});else{l?.renderPassParameters&&t.setParameters(l.renderPassParameters);let f={renderPass:t,shaderModuleProps:e,uniforms:r,parameters:n,context:o};for(let u of this.props.extensions)u.draw.call(this,f,u);this.draw(f)}}finally{this.props=s}}getChangeFlags(){return this.internalState?.changeFlags}setChangeFlags(t){if(!this.internalState)return;let{changeFlags:e}=this.internalState;for(let n in t)if(t[n]){let s=!1;switch(n){case"dataChanged":let o=t[n],a=e[n];o&&Array.isArray(a)&&(e.dataChanged=Array.isArray(o)?a.concat(o):o,s=!0);default:e[n]||(e[n]=t[n],s=!0)}s&&Rt(sB,this,n,t)}let r=!!(e.dataChanged||e.updateTriggersChanged||e.propsChanged||e.extensionsChanged);e.propsOrDataChanged=r,e.somethingChanged=r||e.viewportChanged||e.stateChanged}_clearChangeFlags(){this.internalState.changeFlags={dataChanged:!1,propsChanged:!1,updateTriggersChanged:!1,viewportChanged:!1,stateChanged:!1,extensionsChanged:!1,propsOrDataChanged:!1,somethingChanged:!1}}_diffProps(t,e){let r=Sw(t,e);if(r.updateTriggersChanged)for(let n in r.updateTriggersChanged)r.updateTriggersChanged[n]&&this.invalidateAttribute(n);if(r.transitionsChanged)for(let n in r.transitionsChanged)this.internalState.uniformTransitions.add(n,e[n],t[n],t.transitions?.[n]);return this.setChangeFlags(r)}validateProps(){ww(this.props)}updateAutoHighlight(t){this.props.autoHighlight&&!Number.isInteger(this.props.highlightedObjectIndex)&&this._updateAutoHighlight(t)}_updateAutoHighlight(t){let e={highlightedObjectColor:t.picked?t.color:null},{highlightColor:r}=this.props;t.picked&&typeof r=="function"&&(e.highlightColor=r(t)),this.setShaderModuleProps({picking:e}),this.setNeedsRedraw()}_getAttributeManager(){let t=this.context;return new Ac(t.device,{id:this.props.id,stats:t.stats,timeline:t.timeline})}_postUpdate(t,e){let{props:r,oldProps:n}=t,s=this.state.model;s?.isInstanced&&s.setInstanceCount(this.getNumInstances());let{autoHighlight:o,highlightedObjectIndex:a,highlightColor:c}=r;if(e||n.autoHighlight!==o||n.highlightedObjectIndex!==a||n.highlightColor!==c){let l={};Array.isArray(c)&&(l.highlightColor=c),(e||n.autoHighlight!==o||a!==n.highlightedObjectIndex)&&(l.highlightedObjectColor=Number.isFinite(a)&&a>=0?this.encodePickingColor(a):null),this.setShaderModuleProps({picking:l})}}_getUpdateParams(){return{props:this.props,oldProps:this.internalState.getOldProps(),context:this.context,changeFlags:this.internalState.changeFlags}}_getNeedsRedraw(t){if(!this.internalState)return!1;let e=!1;e=e||this.internalState.needsRedraw&&this.id;let r=this.getAttributeManager(),n=r?r.getNeedsRedraw(t):!1;if(e=e||n,e)for(let s of this.props.extensions)s.onNeedsRedraw.call(this,s);return this.internalState.needsRedraw=this.internalState.needsRedraw&&!t.clearRedrawFlags,e}_onAsyncPropUpdated(){this._diffProps(this.props,this.internalState.getOldProps()),this.setNeedsUpdate()}};kc.defaultProps=dB;kc.layerName="Layer";var xe=kc;function hB(i){let{blendConstant:t,...e}=i;return t?{pipelineParameters:e,renderPassParameters:{blendConstant:t}}:{pipelineParameters:e}}function pB(i,t,e,r){for(let n of i)n.device.type==="webgpu"?(mB(n,t),n.setParameters({...n.parameters,...r?.pipelineParameters})):n.setParameters(e)}function mB(i,t){let e=t.props.framebuffer||(t.framebuffer??null);if(!e)return;let r=e.colorAttachments.map(o=>o?.texture?.format??null),n=e.depthStencilAttachment?.texture?.format,s=i;(!gB(s.props.colorAttachmentFormats,r)||s.props.depthStencilAttachmentFormat!==n)&&(s.props.colorAttachmentFormats=r,s.props.depthStencilAttachmentFormat=n,s._setPipelineNeedsUpdate("attachment formats"))}function gB(i,t){if(i===t)return!0;if(!i||!t||i.length!==t.length)return!1;for(let e=0;e<i.length;e++)if(i[e]!==t[e])return!1;return!0}var yB="compositeLayer.renderLayers",md=class extends xe{get isComposite(){return!0}get isDrawable(){return!1}get isLoaded(){return super.isLoaded&&this.getSubLayers().every(t=>t.isLoaded)}getSubLayers(){return this.internalState&&this.internalState.subLayers||[]}initializeState(t){}setState(t){super.setState(t),this.setNeedsUpdate()}getPickingInfo({info:t}){let{object:e}=t;return e&&e.__source&&e.__source.parent&&e.__source.parent.id===this.id&&(t.object=e.__source.object,t.index=e.__source.index),t}filterSubLayer(t){return!0}shouldRenderSubLayer(t,e){return e&&e.length}getSubLayerClass(t,e){let{_subLayerProps:r}=this.props;return r&&r[t]&&r[t].type||e}getSubLayerRow(t,e,r){return t.__source={parent:this,object:e,index:r},t}getSubLayerAccessor(t){if(typeof t=="function"){let e={index:-1,data:this.props.data,target:[]};return(r,n)=>r&&r.__source?(e.index=r.__source.index,t(r.__source.object,e)):t(r,n)}return t}getSubLayerProps(t={}){let{opacity:e,pickable:r,visible:n,parameters:s,getPolygonOffset:o,highlightedObjectIndex:a,autoHighlight:c,highlightColor:l,coordinateSystem:f,coordinateOrigin:u,wrapLongitude:d,positionFormat:h,modelMatrix:p,extensions:g,fetch:m,operation:_,_subLayerProps:b}=this.props,v={id:"",updateTriggers:{},opacity:e,pickable:r,visible:n,parameters:s,getPolygonOffset:o,highlightedObjectIndex:a,autoHighlight:c,highlightColor:l,coordinateSystem:f,coordinateOrigin:u,wrapLongitude:d,positionFormat:h,modelMatrix:p,extensions:g,fetch:m,operation:_},x=b&&t.id&&b[t.id],w=x&&x.updateTriggers,S=t.id||"sublayer";if(x){let E=this.props[si],T=t.type?t.type._propTypes:{};for(let A in x){let P=T[A]||E[A];P&&P.type==="accessor"&&(x[A]=this.getSubLayerAccessor(x[A]))}}Object.assign(v,t,x),v.id=`${this.props.id}-${S}`,v.updateTriggers={all:this.props.updateTriggers?.all,...t.updateTriggers,...w};for(let E of g){let T=E.getSubLayerProps.call(this,E);T&&Object.assign(v,T,{updateTriggers:Object.assign(v.updateTriggers,T.updateTriggers)})}return v}_updateAutoHighlight(t){for(let e of this.getSubLayers())e.updateAutoHighlight(t)}_getAttributeManager(){return null}_postUpdate(t,e){let r=this.internalState.subLayers,n=!r||this.needsUpdate();if(n){let s=this.renderLayers();r=ro(s,Boolean),this.internalState.subLayers=r}Rt(yB,this,n,r);for(let s of r)s.parent=this}};md.layerName="CompositeLayer";var Kn=md;var Fc=class{static get componentName(){return Object.prototype.hasOwnProperty.call(this,"extensionName")?this.extensionName:""}constructor(t){t&&(this.opts=t)}equals(t){return this===t?!0:this.constructor===t.constructor&&wt(this.opts,t.opts,1)}getShaders(t){return null}getSubLayerProps(t){let{defaultProps:e}=t.constructor,r={updateTriggers:{}};for(let n in e)if(n in this.props){let s=e[n],o=this.props[n];r[n]=o,s&&s.type==="accessor"&&(r.updateTriggers[n]=this.props.updateTriggers[n],typeof o=="function"&&(r[n]=this.getSubLayerAccessor(o)))}return r}initializeState(t,e){}updateState(t,e){}onNeedsRedraw(t){}getNeedsPickingBuffer(t){return!1}draw(t,e){}finalizeState(t,e){}};Fc.defaultProps={};Fc.extensionName="LayerExtension";var Eg=Fc;var dn=class{constructor(t){this.indexStarts=[0],this.vertexStarts=[0],this.vertexCount=0,this.instanceCount=0;let{attributes:e={}}=t;this.typedArrayManager=Ii,this.attributes={},this._attributeDefs=e,this.opts=t,this.updateGeometry(t)}updateGeometry(t){Object.assign(this.opts,t);let{data:e,buffers:r={},getGeometry:n,geometryBuffer:s,positionFormat:o,dataChanged:a,normalize:c=!0}=this.opts;if(this.data=e,this.getGeometry=n,this.positionSize=s&&s.size||(o==="XY"?2:3),this.buffers=r,this.normalize=c,s&&(pt(e.startIndices),this.getGeometry=this.getGeometryFromBuffer(s),c||(r.vertexPositions=s)),this.geometryBuffer=r.vertexPositions,Array.isArray(a))for(let l of a)this._rebuildGeometry(l);else this._rebuildGeometry()}updatePartialGeometry({startRow:t,endRow:e}){this._rebuildGeometry({startRow:t,endRow:e})}getGeometryFromBuffer(t){let e=t.value||t;return ArrayBuffer.isView(e)?nd(e,{size:this.positionSize,offset:t.offset,stride:t.stride,startIndices:this.data.startIndices}):null}_allocate(t,e){let{attributes:r,buffers:n,_attributeDefs:s,typedArrayManager:o}=this;for(let a in s)if(a in n)o.release(r[a]),r[a]=null;else{let c=s[a];c.copy=e,r[a]=o.allocate(r[a],t,c)}}_forEachGeometry(t,e,r){let{data:n,getGeometry:s}=this,{iterable:o,objectInfo:a}=Ye(n,e,r);for(let c of o){a.index++;let l=s?s(c,a):null;t(l,a.index)}}_rebuildGeometry(t){if(!this.data)return;let{indexStarts:e,vertexStarts:r,instanceCount:n}=this,{data:s,geometryBuffer:o}=this,{startRow:a=0,endRow:c=1/0}=t||{},l={};if(t||(e=[0],r=[0]),this.normalize||!o)this._forEachGeometry((u,d)=>{let h=u&&this.normalizeGeometry(u);l[d]=h,r[d+1]=r[d]+(h?this.getGeometrySize(h):0)},a,c),n=r[r.length-1];else if(r=s.startIndices,n=r[s.length]||0,ArrayBuffer.isView(o))n=n||o.length/this.positionSize;else if(o instanceof Jt){let u=this.positionSize*4;n=n||o.byteLength/u}else if(o.buffer){let u=o.stride||this.positionSize*4;n=n||o.buffer.byteLength/u}else if(o.value){let u=o.value,d=o.stride/u.BYTES_PER_ELEMENT||this.positionSize;n=n||u.length/d}this._allocate(n,!!t),this.indexStarts=e,this.vertexStarts=r,this.instanceCount=n;let f={};this._forEachGeometry((u,d)=>{let h=l[d]||u;f.vertexStart=r[d],f.indexStart=e[d];let p=d<r.length-1?r[d+1]:n;f.geometrySize=p-r[d],f.geometryIndex=d,this.updateGeometryAttributes(h,f)},a,c),this.vertexCount=e[e.length-1]}};var Bw=`layout(std140) uniform dataFilterUniforms {
  bool useSoftMargin;
  bool enabled;
  bool transformSize;
  bool transformColor;
  vec4 min;
  vec4 softMin;
  vec4 softMax;
  vec4 max;
  vec4 min64High;
  vec4 max64High;
  highp uvec4 categoryBitMask;
} dataFilter;
`,vB=`
#ifdef DATAFILTER_TYPE
  in DATAFILTER_TYPE filterValues;
#ifdef DATAFILTER_DOUBLE
  in DATAFILTER_TYPE filterValues64Low;
#endif
#endif

#ifdef DATACATEGORY_TYPE
  in DATACATEGORY_TYPE filterCategoryValues;
#endif

out float dataFilter_value;

#ifdef DATAFILTER_TYPE
  float dataFilter_getMin(float _) {
    return dataFilter.min.x;
  }
  vec2 dataFilter_getMin(vec2 _) {
    return dataFilter.min.xy;
  }
  vec3 dataFilter_getMin(vec3 _) {
    return dataFilter.min.xyz;
  }
  vec4 dataFilter_getMin(vec4 _) {
    return dataFilter.min;
  }

  float dataFilter_getSoftMin(float _) {
    return dataFilter.softMin.x;
  }
  vec2 dataFilter_getSoftMin(vec2 _) {
    return dataFilter.softMin.xy;
  }
  vec3 dataFilter_getSoftMin(vec3 _) {
    return dataFilter.softMin.xyz;
  }
  vec4 dataFilter_getSoftMin(vec4 _) {
    return dataFilter.softMin;
  }

  float dataFilter_getSoftMax(float _) {
    return dataFilter.softMax.x;
  }
  vec2 dataFilter_getSoftMax(vec2 _) {
    return dataFilter.softMax.xy;
  }
  vec3 dataFilter_getSoftMax(vec3 _) {
    return dataFilter.softMax.xyz;
  }
  vec4 dataFilter_getSoftMax(vec4 _) {
    return dataFilter.softMax;
  }

  float dataFilter_getMax(float _) {
    return dataFilter.max.x;
  }
  vec2 dataFilter_getMax(vec2 _) {
    return dataFilter.max.xy;
  }
  vec3 dataFilter_getMax(vec3 _) {
    return dataFilter.max.xyz;
  }
  vec4 dataFilter_getMax(vec4 _) {
    return dataFilter.max;
  }

  float dataFilter_getMin64High(float _) {
    return dataFilter.min64High.x;
  }
  vec2 dataFilter_getMin64High(vec2 _) {
    return dataFilter.min64High.xy;
  }
  vec3 dataFilter_getMin64High(vec3 _) {
    return dataFilter.min64High.xyz;
  }
  vec4 dataFilter_getMin64High(vec4 _) {
    return dataFilter.min64High;
  }

  float dataFilter_getMax64High(float _) {
    return dataFilter.max64High.x;
  }
  vec2 dataFilter_getMax64High(vec2 _) {
    return dataFilter.max64High.xy;
  }
  vec3 dataFilter_getMax64High(vec3 _) {
    return dataFilter.max64High.xyz;
  }
  vec4 dataFilter_getMax64High(vec4 _) {
    return dataFilter.max64High;
  }
#endif

float dataFilter_reduceValue(float value) {
  return value;
}
float dataFilter_reduceValue(vec2 value) {
  return min(value.x, value.y);
}
float dataFilter_reduceValue(vec3 value) {
  return min(min(value.x, value.y), value.z);
}
float dataFilter_reduceValue(vec4 value) {
  return min(min(value.x, value.y), min(value.z, value.w));
}

#ifdef DATAFILTER_TYPE
  void dataFilter_setValue(DATAFILTER_TYPE valueFromMin, DATAFILTER_TYPE valueFromMax) {
    DATAFILTER_TYPE dataFilter_min = dataFilter_getMin(valueFromMin);
    DATAFILTER_TYPE dataFilter_softMin = dataFilter_getSoftMin(valueFromMin);
    DATAFILTER_TYPE dataFilter_softMax = dataFilter_getSoftMax(valueFromMin);
    DATAFILTER_TYPE dataFilter_max = dataFilter_getMax(valueFromMin);
    if (dataFilter.useSoftMargin) {
      // smoothstep results are undefined if edge0 \u2265 edge1
      // Fallback to ignore filterSoftRange if it is truncated by filterRange
      DATAFILTER_TYPE leftInRange = mix(
        smoothstep(dataFilter_min, dataFilter_softMin, valueFromMin),
        step(dataFilter_min, valueFromMin),
        step(dataFilter_softMin, dataFilter_min)
      );
      DATAFILTER_TYPE rightInRange = mix(
        1.0 - smoothstep(dataFilter_softMax, dataFilter_max, valueFromMax),
        step(valueFromMax, dataFilter_max),
        step(dataFilter_max, dataFilter_softMax)
      );
      dataFilter_value = dataFilter_reduceValue(leftInRange * rightInRange);
    } else {
      dataFilter_value = dataFilter_reduceValue(
        step(dataFilter_min, valueFromMin) * step(valueFromMax, dataFilter_max)
      );
    }
  }
#endif

#ifdef DATACATEGORY_TYPE
  void dataFilter_setCategoryValue(DATACATEGORY_TYPE category) {
    #if DATACATEGORY_CHANNELS == 1 // One 128-bit mask
    uint dataFilter_masks = dataFilter.categoryBitMask[category / 32u];
    #elif DATACATEGORY_CHANNELS == 2 // Two 64-bit masks
    uvec2 dataFilter_masks = uvec2(
      dataFilter.categoryBitMask[category.x / 32u],
      dataFilter.categoryBitMask[category.y / 32u + 2u]
    );
    #elif DATACATEGORY_CHANNELS == 3 // Three 32-bit masks
    uvec3 dataFilter_masks = dataFilter.categoryBitMask.xyz;
    #else // Four 32-bit masks
    uvec4 dataFilter_masks = dataFilter.categoryBitMask;
    #endif

    // Shift mask and extract relevant bits
    DATACATEGORY_TYPE dataFilter_bits = DATACATEGORY_TYPE(dataFilter_masks) >> (category & 31u);
    dataFilter_bits &= 1u;

    #if DATACATEGORY_CHANNELS == 1
    if (dataFilter_bits == 0u) dataFilter_value = 0.0;
    #else
    if (any(equal(dataFilter_bits, DATACATEGORY_TYPE(0u)))) dataFilter_value = 0.0;
    #endif
  }
#endif
`,Rw=`
${Bw}
${vB}
`,_B=`
in float dataFilter_value;
`,Dw=`
${Bw}
${_B}
`;function kw(i){if(!i||!("extensions"in i))return{};let{filterRange:t=[-1,1],filterEnabled:e=!0,filterTransformSize:r=!0,filterTransformColor:n=!0,categoryBitMask:s}=i,o=i.filterSoftRange||t,a=c=>Array.isArray(c)?[c[0]||0,c[1]||0,c[2]||0,c[3]||0]:[c,0,0,0];return{...Number.isFinite(t[0])?{min:a(t[0]),softMin:a(o[0]),softMax:a(o[1]),max:a(t[1])}:{min:a(t.map(c=>c[0])),softMin:a(o.map(c=>c[0])),softMax:a(o.map(c=>c[1])),max:a(t.map(c=>c[1]))},enabled:e,useSoftMargin:!!i.filterSoftRange,transformSize:e&&r,transformColor:e&&n,...s&&{categoryBitMask:s}}}function xB(i){if(!i||!("extensions"in i))return{};let t=kw(i),e=t.min.map(Math.fround);t.min=t.min.map((n,s)=>n-e[s]),t.softMin=t.softMin.map((n,s)=>n-e[s]),t.min64High=e;let r=t.max.map(Math.fround);return t.max=t.max.map((n,s)=>n-r[s]),t.softMax=t.softMax.map((n,s)=>n-r[s]),t.max64High=r,t}var Fw={"vs:#main-start":`
    dataFilter_value = 1.0;
    if (dataFilter.enabled) {
      #ifdef DATAFILTER_TYPE
        #ifdef DATAFILTER_DOUBLE
          dataFilter_setValue(
            filterValues - dataFilter_getMin64High(filterValues) + filterValues64Low,
            filterValues - dataFilter_getMax64High(filterValues) + filterValues64Low
          );
        #else
          dataFilter_setValue(filterValues, filterValues);
        #endif
      #endif

      #ifdef DATACATEGORY_TYPE
        dataFilter_setCategoryValue(filterCategoryValues);
      #endif
    }
  `,"vs:#main-end":`
    if (dataFilter_value == 0.0) {
      gl_Position = vec4(0.);
    }
  `,"vs:DECKGL_FILTER_SIZE":`
    if (dataFilter.transformSize) {
      size = size * dataFilter_value;
    }
  `,"fs:DECKGL_FILTER_COLOR":`
    if (dataFilter_value == 0.0) discard;
    if (dataFilter.transformColor) {
      color.a *= dataFilter_value;
    }
  `};function Nw(i){return{useSoftMargin:"i32",enabled:"i32",transformSize:"i32",transformColor:"i32",min:"vec4<f32>",softMin:"vec4<f32>",softMax:"vec4<f32>",max:"vec4<f32>",min64High:"vec4<f32>",max64High:"vec4<f32>",categoryBitMask:"vec4<u32>"}}var Uw={name:"dataFilter",vs:Rw,fs:Dw,inject:Fw,getUniforms:kw,uniformTypesFromOptions:Nw},zw={name:"dataFilter",vs:Rw,fs:Dw,inject:Fw,getUniforms:xB,uniformTypesFromOptions:Nw};var bB=`#version 300 es
#define SHADER_NAME data-filter-vertex-shader

#ifdef FLOAT_TARGET
  in float filterIndices;
  in float filterPrevIndices;
#else
  in vec2 filterIndices;
  in vec2 filterPrevIndices;
#endif

out vec4 vColor;
const float component = 1.0 / 255.0;

void main() {
  #ifdef FLOAT_TARGET
    dataFilter_value *= float(filterIndices != filterPrevIndices);
    gl_Position = vec4(0.0, 0.0, 0.0, 1.0);
    vColor = vec4(0.0, 0.0, 0.0, 1.0);
  #else
    // Float texture is not supported: pack result into 4 channels x 256 px x 64px
    dataFilter_value *= float(filterIndices.x != filterPrevIndices.x);
    float col = filterIndices.x;
    float row = filterIndices.y * 4.0;
    float channel = floor(row);
    row = fract(row);
    vColor = component * vec4(bvec4(channel == 0.0, channel == 1.0, channel == 2.0, channel == 3.0));
    gl_Position = vec4(col * 2.0 - 1.0, row * 2.0 - 1.0, 0.0, 1.0);
  #endif
  gl_PointSize = 1.0;
}
`,wB=`#version 300 es
#define SHADER_NAME data-filter-fragment-shader
precision highp float;

in vec4 vColor;

out vec4 fragColor;

void main() {
  if (dataFilter_value < 0.5) {
    discard;
  }
  fragColor = vColor;
}
`,SB=["float32-renderable-webgl","texture-blend-float-webgl"];function Vw(i){return SB.every(t=>i.features.has(t))}function jw(i,t){return t?i.createFramebuffer({width:1,height:1,colorAttachments:[i.createTexture({format:"rgba32float",dimension:"2d",width:1,height:1})]}):i.createFramebuffer({width:256,height:64,colorAttachments:[i.createTexture({format:"rgba8unorm",dimension:"2d",width:256,height:64})]})}function Ww(i,t,e,r){return e.defines.NON_INSTANCED_MODEL=1,r&&(e.defines.FLOAT_TARGET=1),new ne(i,{id:"data-filter-aggregation-model",vertexCount:1,isInstanced:!1,topology:"point-list",disableWarnings:!0,vs:bB,fs:wB,bufferLayout:t,...e})}var Gw={blend:!0,blendColorSrcFactor:"one",blendColorDstFactor:"one",blendAlphaSrcFactor:"one",blendAlphaDstFactor:"one",blendColorOperation:"add",blendAlphaOperation:"add",depthCompare:"never"};var EB={getFilterValue:{type:"accessor",value:0},getFilterCategory:{type:"accessor",value:0},onFilteredItemsChange:{type:"function",value:null,optional:!0},filterEnabled:!0,filterRange:[-1,1],filterSoftRange:null,filterCategories:[0],filterTransformSize:!0,filterTransformColor:!0},IB={categorySize:0,filterSize:1,fp64:!1,countItems:!1},TB={1:"uint",2:"uvec2",3:"uvec3",4:"uvec4"},AB={1:"float",2:"vec2",3:"vec3",4:"vec4"},Nc=class extends Eg{constructor(t={}){super({...IB,...t})}getShaders(t){let{categorySize:e,filterSize:r,fp64:n}=t.opts,s={};e&&(s.DATACATEGORY_TYPE=TB[e],s.DATACATEGORY_CHANNELS=e),r&&(s.DATAFILTER_TYPE=AB[r],s.DATAFILTER_DOUBLE=!!n);let o=n?zw:Uw;return o.uniformTypes=o.uniformTypesFromOptions(t.opts),{modules:[o],defines:s}}initializeState(t,e){let r=this.getAttributeManager(),{categorySize:n,filterSize:s,fp64:o}=e.opts;r&&(s&&r.add({filterValues:{size:s,type:o?"float64":"float32",stepMode:"dynamic",accessor:"getFilterValue"}}),n&&r.add({filterCategoryValues:{size:n,stepMode:"dynamic",accessor:"getFilterCategory",type:"uint32",transform:n===1?c=>e._getCategoryKey.call(this,c,0):c=>c.map((l,f)=>e._getCategoryKey.call(this,l,f))}}));let{device:a}=this.context;if(r&&e.opts.countItems){let c=Vw(a);r.add({filterVertexIndices:{size:c?1:2,vertexOffset:1,type:"unorm8",accessor:(u,{index:d})=>{let h=u&&u.__source?u.__source.index:d;return c?(h+1)%255:[(h+1)%255,Math.floor(h/255)%255]},shaderAttributes:{filterPrevIndices:{vertexOffset:0},filterIndices:{vertexOffset:1}}}});let l=jw(a,c),f=Ww(a,r.getBufferLayouts({isInstanced:!1}),e.getShaders.call(this,e),c);this.setState({filterFBO:l,filterModel:f})}}updateState({props:t,oldProps:e,changeFlags:r},n){let s=this.getAttributeManager(),{categorySize:o}=n.opts;if(this.state.filterModel){let a=s.attributes.filterValues?.needsUpdate()||s.attributes.filterCategoryValues?.needsUpdate()||t.filterEnabled!==e.filterEnabled||t.filterRange!==e.filterRange||t.filterSoftRange!==e.filterSoftRange||t.filterCategories!==e.filterCategories;a&&this.setState({filterNeedsUpdate:a})}s?.attributes.filterCategoryValues&&((s.attributes.filterCategoryValues.needsUpdate()||!wt(t.filterCategories,e.filterCategories,2))&&this.setState({categoryBitMask:null}),r.dataChanged&&(this.setState({categoryMap:Array(o).fill(0).map(()=>({}))}),s.attributes.filterCategoryValues.setNeedsUpdate("categoryMap")))}draw(t,e){let r=this.state.filterFBO,n=this.state.filterModel,s=this.state.filterNeedsUpdate;this.state.categoryBitMask||e._updateCategoryBitMask.call(this,t,e);let{onFilteredItemsChange:o,extensions:a,filterEnabled:c,filterRange:l,filterSoftRange:f,filterTransformSize:u,filterTransformColor:d,filterCategories:h}=this.props,p={extensions:a,filterEnabled:c,filterRange:l,filterSoftRange:f,filterTransformSize:u,filterTransformColor:d,filterCategories:h};if(this.state.categoryBitMask&&(p.categoryBitMask=this.state.categoryBitMask),this.setShaderModuleProps({dataFilter:p}),s&&o&&n){let g=this.getAttributeManager(),{attributes:{filterValues:m,filterCategoryValues:_,filterVertexIndices:b}}=g;n.setVertexCount(this.getNumInstances());let v={...m?.getValue(),..._?.getValue(),...b?.getValue()};n.setAttributes(v),n.shaderInputs.setProps({dataFilter:p});let x=[0,0,r.width,r.height],w=n.device.beginRenderPass({id:"data-filter-aggregation",framebuffer:r,parameters:{viewport:x},clearColor:[0,0,0,0]});n.setParameters(Gw),n.draw(w),w.end();let S=n.device.readPixelsToArrayWebGL(r),E=0;for(let T=0;T<S.length;T++)E+=S[T];o({id:this.id,count:E}),this.state.filterNeedsUpdate=!1}}finalizeState(){let t=this.state.filterFBO,e=this.state.filterModel;t?.destroy(),e?.destroy()}_updateCategoryBitMask(t,e){let{categorySize:r}=e.opts;if(!r)return;let{filterCategories:n}=this.props,s=new Uint32Array([0,0,0,0]),o=r===1?[n]:n,a=r===1?128:r===2?64:32;for(let c=0;c<o.length;c++){let l=o[c];for(let f of l){let u=e._getCategoryKey.call(this,f,c);if(u<a){let d=c*(a/32)+Math.floor(u/32);s[d]+=Math.pow(2,u%32)}else R.warn(`Exceeded maximum number of categories (${a})`)()}}this.state.categoryBitMask=s}_getCategoryKey(t,e){let r=this.state.categoryMap[e];return t in r||(r[t]=Object.keys(r).length),r[t]}};Nc.defaultProps=EB;Nc.extensionName="DataFilterExtension";var Ig=Nc;var Hw="@@type",gd="@@function";function Yw(i,t){let e=CB(t),r=i;for(let n of e)r=MB(r)?r[n]:void 0;return r}function MB(i){return i!==null&&typeof i=="object"}var $w={};function CB(i){if(typeof i=="string"){let t=$w[i];return t||(t=i.split("."),$w[i]=t),t}return Array.isArray(i)?i:[i]}var Tg=ey(Zw(),1);var qw={"||":(i,t)=>i||t,"&&":(i,t)=>i&&t,"|":(i,t)=>i|t,"^":(i,t)=>i^t,"&":(i,t)=>i&t,"==":(i,t)=>i==t,"!=":(i,t)=>i!=t,"===":(i,t)=>i===t,"!==":(i,t)=>i!==t,"<":(i,t)=>i<t,">":(i,t)=>i>t,"<=":(i,t)=>i<=t,">=":(i,t)=>i>=t,"<<":(i,t)=>i<<t,">>":(i,t)=>i>>t,">>>":(i,t)=>i>>>t,"+":(i,t)=>i+t,"-":(i,t)=>i-t,"*":(i,t)=>i*t,"/":(i,t)=>i/t,"%":(i,t)=>i%t},LB={"-":i=>-i,"+":i=>+i,"~":i=>~i,"!":i=>!i};function Xw(i,t){return i.map(function(e){return Xt(e,t)})}function Kw(i,t){let e=Xt(i.object,t),r;if(i.computed?r=Xt(i.property,t):r=i.property.name,/^__proto__|prototype|constructor$/.test(r))throw Error(`Access to member "${r}" disallowed.`);return[e,e[r]]}function Xt(i,t){let e=i;switch(e.type){case"ArrayExpression":return Xw(e.elements,t);case"BinaryExpression":return qw[e.operator](Xt(e.left,t),Xt(e.right,t));case"CallExpression":let r,n,s;return e.callee.type==="MemberExpression"?(s=Kw(e.callee,t),r=s[0],n=s[1]):n=Xt(e.callee,t),typeof n!="function"?void 0:n.apply(r,Xw(e.arguments,t));case"ConditionalExpression":return Xt(e.test,t)?Xt(e.consequent,t):Xt(e.alternate,t);case"Identifier":return t[e.name];case"Literal":return e.value;case"LogicalExpression":return e.operator==="||"?Xt(e.left,t)||Xt(e.right,t):e.operator==="&&"?Xt(e.left,t)&&Xt(e.right,t):qw[e.operator](Xt(e.left,t),Xt(e.right,t));case"MemberExpression":return Kw(e,t)[1];case"ThisExpression":return t;case"UnaryExpression":return LB[e.operator](Xt(e.argument,t));default:return}}var Ag={"-":i=>i};function vd(i,t){if(i in Ag)return Ag[i];let e,r=(0,Tg.default)(i);return r.type==="Identifier"?e=n=>Yw(n,i):(Mg(r,n=>{if(n.type==="CallExpression")throw new Error("Function calls not allowed in JSON expressions")}),e=n=>Xt(r,n)),Ag[i]=e,e}function Mg(i,t){if(Array.isArray(i))i.forEach(e=>Mg(e,t));else if(i&&typeof i=="object"){i.type&&t(i);for(let e in i)Mg(i[e],t)}}var OB=i=>i&&typeof i=="object",hn=class i{constructor(t){this.config={...i.defaultProps},this.convertFunction=vd,this.preProcessClassProps=(e,r)=>r,this.postProcessConvertedJson=e=>e,this.merge(t)}merge(t){for(let e in t)if(e in this.config){let r=t[e];this.config[e]=OB(this.config[e])?Object.assign(this.config[e],r):r}else e==="convertFunction"&&t.convertFunction?this.convertFunction=t.convertFunction:e==="preProcessClassProps"&&t.preProcessClassProps?this.preProcessClassProps=t.preProcessClassProps:e==="postProcessConvertedJson"&&t.postProcessConvertedJson&&(this.postProcessConvertedJson=t.postProcessConvertedJson)}getProps(){return{...this.config,convertFunction:this.convertFunction,preProcessClassProps:this.preProcessClassProps,postProcessConvertedJson:this.postProcessConvertedJson}}};hn.defaultProps={log:console,typeKey:Hw,functionKey:gd,classes:{},reactComponents:{},enumerations:{},constants:{},functions:{},React:void 0};function BB(i){return typeof i=="string"&&i.startsWith("@@=")}function RB(i){return i.replace("@@=","")}function Cg(i,t){let e={};for(let r in i){let n=i[r];if(BB(n)){let s=RB(n);n=vd(s,t)}e[r]=n}return e}function Jw(i,t,e){let r=e.config.classes[i],n=e.config.reactComponents[i];if(!r&&!n){let{log:s}=e.config;if(s){let o=JSON.stringify(t,null,0).slice(0,40);s.warn(`JSON converter: No registered class of type ${i}(${o}...)  `)}return null}return r?DB(r,t,e):kB(n,t,e)}function DB(i,t,e){return e.preProcessClassProps&&(t=e.preProcessClassProps(i,t)),t=Cg(t,e),new i(t)}function kB(i,t,e){let{React:r}=e.config,{children:n=[]}=t;return delete t.children,e.preProcessClassProps&&(t=e.preProcessClassProps(i,t)),t=Cg(t,e),r.createElement(i,t,n)}function Qw(i,t,e){let r=e.config.functions[i];if(!r){let{log:n}=e.config;if(n){let s=JSON.stringify(t,null,0).slice(0,40);n.warn(`JSON converter: No registered function ${i}(${s}...)  `)}return null}return r(t)}function tS(i){return typeof i=="string"?JSON.parse(i):i}function xd(i){return!!i&&typeof i=="object"}var zc=class{constructor(t){this.log=console,this.onJSONChange=()=>{},this.json=null,this.convertedJson=null,this.setProps(t)}finalize(){}setProps(t){"configuration"in t&&(this.configuration=t.configuration instanceof hn?t.configuration:new hn(t.configuration)),"onJSONChange"in t&&(this.onJSONChange=t.onJSONChange)}mergeConfiguration(t){this.configuration.merge(t instanceof hn?t.getProps():t)}convert(t){if(!t||t===this.json)return this.convertedJson;this.json=t;let e=tS(t);if(!xd(e))throw new Error("JSONConverter: expected an object");let r=FB(e,this.configuration);return r=this.configuration.postProcessConvertedJson(r),this.convertedJson=r,r}convertJson(t){return this.convert(t)}};function FB(i,t){return t=new hn(t.getProps()),Lg(i,"",t)}function Lg(i,t,e){return Array.isArray(i)?i.map((r,n)=>Lg(r,String(n),e)):xd(i)?NB(i,e)?UB(i,e):gd in i?zB(i,e):Og(i,e):typeof i=="string"?VB(i,t,e):i}function NB(i,t){let{typeKey:e}=t.config;return xd(i)&&!!i[e]}function UB(i,t){let{typeKey:e}=t.config,r=i[e],n={...i};return delete n[e],n=Og(n,t),Jw(r,n,t)}function zB(i,t){let{functionKey:e}=t.config,r=i[e],n={...i};return delete n[e],n=Og(n,t),Qw(r,n,t)}function Og(i,t){if(!xd(i))throw new Error("convertPlainObject: expected an object");let e={};for(let[r,n]of Object.entries(i))e[r]=Lg(n,r,t);return e}function VB(i,t,e){if(i.startsWith("@@=")&&e.convertFunction)return i=i.replace("@@=",""),e.convertFunction(i,e);if(i.startsWith("@@#")){if(i=i.replace("@@#",""),e.config.constants[i])return e.config.constants[i];let[r,n]=i.split(".");return e.config.enumerations[r][n]}return i}var iS=`layout(std140) uniform iconUniforms {
  float sizeScale;
  vec2 iconsTextureDim;
  float sizeBasis;
  float sizeMinPixels;
  float sizeMaxPixels;
  bool billboard;
  highp int sizeUnits;
  float alphaCutoff;
} icon;
`,rS={name:"icon",vs:iS,fs:iS,uniformTypes:{sizeScale:"f32",iconsTextureDim:"vec2<f32>",sizeBasis:"f32",sizeMinPixels:"f32",sizeMaxPixels:"f32",billboard:"f32",sizeUnits:"i32",alphaCutoff:"f32"}};var nS=`#version 300 es
#define SHADER_NAME icon-layer-vertex-shader
in vec2 positions;
in vec3 instancePositions;
in vec3 instancePositions64Low;
in float instanceSizes;
in float instanceAngles;
in vec4 instanceColors;
#ifdef USE_ROW_INDEXES
in float rowIndexes;
#endif
in vec4 instanceIconFrames;
in float instanceColorModes;
in vec2 instanceOffsets;
in vec2 instancePixelOffset;
out float vColorMode;
out vec4 vColor;
out vec2 vTextureCoords;
out vec2 uv;
vec2 rotate_by_angle(vec2 vertex, float angle) {
float angle_radian = angle * PI / 180.0;
float cos_angle = cos(angle_radian);
float sin_angle = sin(angle_radian);
mat2 rotationMatrix = mat2(cos_angle, -sin_angle, sin_angle, cos_angle);
return rotationMatrix * vertex;
}
void main(void) {
geometry.worldPosition = instancePositions;
geometry.uv = positions;
#ifdef USE_ROW_INDEXES
geometry.pickingColor = picking_getPickingColorFromIndex(rowIndexes);
#else
geometry.pickingColor = picking_getPickingColorFromInstanceID();
#endif
uv = positions;
vec2 iconSize = instanceIconFrames.zw;
float sizePixels = clamp(
project_size_to_pixel(instanceSizes * icon.sizeScale, icon.sizeUnits),
icon.sizeMinPixels, icon.sizeMaxPixels
);
float iconConstraint = icon.sizeBasis == 0.0 ? iconSize.x : iconSize.y;
float instanceScale = iconConstraint == 0.0 ? 0.0 : sizePixels / iconConstraint;
vec2 pixelOffset = positions / 2.0 * iconSize + instanceOffsets;
pixelOffset = rotate_by_angle(pixelOffset, instanceAngles) * instanceScale;
pixelOffset += instancePixelOffset;
pixelOffset.y *= -1.0;
if (icon.billboard)  {
gl_Position = project_position_to_clipspace(instancePositions, instancePositions64Low, vec3(0.0), geometry.position);
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
vec3 offset = vec3(pixelOffset, 0.0);
DECKGL_FILTER_SIZE(offset, geometry);
gl_Position.xy += project_pixel_size_to_clipspace(offset.xy);
} else {
vec3 offset_common = vec3(project_pixel_size(pixelOffset), 0.0);
DECKGL_FILTER_SIZE(offset_common, geometry);
gl_Position = project_position_to_clipspace(instancePositions, instancePositions64Low, offset_common, geometry.position);
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
}
vTextureCoords = mix(
instanceIconFrames.xy,
instanceIconFrames.xy + iconSize,
(positions.xy + 1.0) / 2.0
) / icon.iconsTextureDim;
vColor = instanceColors;
DECKGL_FILTER_COLOR(vColor, geometry);
vColorMode = instanceColorModes;
}
`;var sS=`#version 300 es
#define SHADER_NAME icon-layer-fragment-shader
precision highp float;
uniform sampler2D iconsTexture;
in float vColorMode;
in vec4 vColor;
in vec2 vTextureCoords;
in vec2 uv;
out vec4 fragColor;
void main(void) {
geometry.uv = uv;
vec4 texColor = texture(iconsTexture, vTextureCoords);
vec3 color = mix(texColor.rgb, vColor.rgb, vColorMode);
float a = texColor.a * layer.opacity * vColor.a;
if (a < icon.alphaCutoff) {
discard;
}
fragColor = vec4(color, a);
DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;var jB=`struct IconUniforms {
  sizeScale: f32,
  iconsTextureDim: vec2<f32>,
  sizeBasis: f32,
  sizeMinPixels: f32,
  sizeMaxPixels: f32,
  billboard: i32,
  sizeUnits: i32,
  alphaCutoff: f32
};

@group(0) @binding(auto) var<uniform> icon: IconUniforms;
@group(0) @binding(auto) var iconsTexture : texture_2d<f32>;
@group(0) @binding(auto) var iconsTextureSampler : sampler;

fn rotate_by_angle(vertex: vec2<f32>, angle_deg: f32) -> vec2<f32> {
  let angle_radian = angle_deg * PI / 180.0;
  let c = cos(angle_radian);
  let s = sin(angle_radian);
  let rotation = mat2x2<f32>(vec2<f32>(c, s), vec2<f32>(-s, c));
  return rotation * vertex;
}

struct Attributes {
  @builtin(instance_index) instanceIndex : u32,
  @location(0) positions: vec2<f32>,

  @location(1) instancePositions: vec3<f32>,
  @location(2) instancePositions64Low: vec3<f32>,
  @location(3) instanceSizes: f32,
  @location(4) instanceAngles: f32,
  @location(5) instanceColors: vec4<f32>,
  @location(6) instanceIconFrames: vec4<f32>,
  @location(7) instanceColorModes: f32,
  @location(8) instanceOffsets: vec2<f32>,
  @location(9) instancePixelOffset: vec2<f32>,
  PICKING_COLOR_ATTRIBUTE
};

struct Varyings {
  @builtin(position) position: vec4<f32>,

  @location(0) vColorMode: f32,
  @location(1) vColor: vec4<f32>,
  @location(2) vTextureCoords: vec2<f32>,
  @location(3) uv: vec2<f32>,
  @location(4) pickingColor: vec3<f32>,
};

@vertex
fn vertexMain(inp: Attributes) -> Varyings {
  // write geometry fields used by filters + FS
  geometry.worldPosition = inp.instancePositions;
  geometry.uv = inp.positions;
  geometry.pickingColor = PICKING_COLOR_VALUE;

  var outp: Varyings;
  outp.uv = inp.positions;

  let iconSize = inp.instanceIconFrames.zw;

  // convert size in meters to pixels, then clamp
  let sizePixels = clamp(
    project_unit_size_to_pixel(inp.instanceSizes * icon.sizeScale, icon.sizeUnits),
    icon.sizeMinPixels, icon.sizeMaxPixels
  );

  // scale icon height to match instanceSize
  let iconConstraint = select(iconSize.y, iconSize.x, icon.sizeBasis == 0.0);
  let instanceScale = select(sizePixels / iconConstraint, 0.0, iconConstraint == 0.0);

  // scale and rotate vertex in "pixel" units; then add per-instance pixel offset
  var pixelOffset = inp.positions / 2.0 * iconSize + inp.instanceOffsets;
  pixelOffset = rotate_by_angle(pixelOffset, inp.instanceAngles) * instanceScale;
  pixelOffset = pixelOffset + inp.instancePixelOffset;
  pixelOffset.y = pixelOffset.y * -1.0;

  if (icon.billboard != 0) {
    var pos = project_position_to_clipspace(inp.instancePositions, inp.instancePositions64Low, vec3<f32>(0.0)); // TODO, &geometry.position);
    // DECKGL_FILTER_GL_POSITION(pos, geometry);

    var offset = vec3<f32>(pixelOffset, 0.0);
    // DECKGL_FILTER_SIZE(offset, geometry);
    let clipOffset = project_pixel_size_to_clipspace(offset.xy);
    pos = vec4<f32>(pos.x + clipOffset.x, pos.y + clipOffset.y, pos.z, pos.w);
    outp.position = pos;
  } else {
    var offset_common = vec3<f32>(project_pixel_size_vec2(pixelOffset), 0.0);
    // DECKGL_FILTER_SIZE(offset_common, geometry);
    var pos = project_position_to_clipspace(inp.instancePositions, inp.instancePositions64Low, offset_common); // TODO, &geometry.position);
    // DECKGL_FILTER_GL_POSITION(pos, geometry);
    outp.position = pos;
  }

  let uvMix = (inp.positions.xy + vec2<f32>(1.0, 1.0)) * 0.5;
  outp.vTextureCoords = mix(inp.instanceIconFrames.xy, inp.instanceIconFrames.xy + iconSize, uvMix) / icon.iconsTextureDim;

  outp.vColor = inp.instanceColors;
  // DECKGL_FILTER_COLOR(outp.vColor, geometry);

  outp.vColorMode = inp.instanceColorModes;
  outp.pickingColor = geometry.pickingColor;

  return outp;
}

@fragment
fn fragmentMain(inp: Varyings) -> @location(0) vec4<f32> {
  // expose to deck.gl filter hooks
  geometry.uv = inp.uv;

  let texColor = textureSample(iconsTexture, iconsTextureSampler, inp.vTextureCoords);

  // if colorMode == 0, use pixel color from the texture
  // if colorMode == 1 (or picking), use texture as transparency mask
  let rgb = mix(texColor.rgb, inp.vColor.rgb, inp.vColorMode);
  let a = texColor.a * layer.opacity * inp.vColor.a;

  if (a < icon.alphaCutoff) {
    discard;
  }

  if (picking.isActive > 0.5) {
    if (!picking_isColorValid(inp.pickingColor)) {
      discard;
    }
    return vec4<f32>(inp.pickingColor, 1.0);
  }

  var fragColor = deckgl_premultiplied_alpha(vec4<f32>(rgb, a));

  if (picking.isHighlightActive > 0.5) {
    let highlightedObjectColor = picking_normalizeColor(picking.highlightedObjectColor);
    if (picking_isColorZero(abs(inp.pickingColor - highlightedObjectColor))) {
      let highLightAlpha = picking.highlightColor.a;
      let blendedAlpha = highLightAlpha + fragColor.a * (1.0 - highLightAlpha);
      if (blendedAlpha > 0.0) {
        let highLightRatio = highLightAlpha / blendedAlpha;
        fragColor = vec4<f32>(
          mix(fragColor.rgb, picking.highlightColor.rgb, highLightRatio),
          blendedAlpha
        );
      } else {
        fragColor = vec4<f32>(fragColor.rgb, 0.0);
      }
    }
  }

  return fragColor;
}
`;function oS(i){return jB.replace("PICKING_COLOR_ATTRIBUTE",i?"@location(10) rowIndexes: u32,":"").replace("PICKING_COLOR_VALUE",i?"picking_getPickingColorFromIndex(inp.rowIndexes)":"picking_getPickingColorFromIndex(inp.instanceIndex)")}var WB=1024,GB=4,aS=()=>{},cS={minFilter:"linear",mipmapFilter:"linear",magFilter:"linear",addressModeU:"clamp-to-edge",addressModeV:"clamp-to-edge"},HB={x:0,y:0,width:0,height:0};function $B(i){return Math.pow(2,Math.ceil(Math.log2(i)))}function YB(i,t,e,r){let n=Math.min(e/t.width,r/t.height),s=Math.floor(t.width*n),o=Math.floor(t.height*n);return n===1?{image:t,width:s,height:o}:(i.canvas.height=o,i.canvas.width=s,i.clearRect(0,0,s,o),i.drawImage(t,0,0,t.width,t.height,0,0,s,o),{image:i.canvas,width:s,height:o})}function Vc(i){return i&&(i.id||i.url)}function fS(i){let{device:t}=i;t.type==="webgl"?i.generateMipmapsWebGL():t.type==="webgpu"&&t.generateMipmapsWebGPU(i)}function ZB(i,t,e,r){let{width:n,height:s,device:o}=i,a=o.createTexture({format:"rgba8unorm",width:t,height:e,sampler:r,mipLevels:o.getMipLevelCount(t,e)}),c=o.createCommandEncoder();c.copyTextureToTexture({sourceTexture:i,destinationTexture:a,width:n,height:s});let l=c.finish();return o.submit(l),fS(a),i.destroy(),a}function lS(i,t,e){for(let r=0;r<t.length;r++){let{icon:n,xOffset:s}=t[r],o=Vc(n);i[o]={...n,x:s,y:e}}}function qB({icons:i,buffer:t,mapping:e={},xOffset:r=0,yOffset:n=0,rowHeight:s=0,canvasWidth:o}){let a=[];for(let c=0;c<i.length;c++){let l=i[c],f=Vc(l);if(!e[f]){let{height:u,width:d}=l;r+d+t>o&&(lS(e,a,n),r=0,n=s+n+t,s=0,a=[]),a.push({icon:l,xOffset:r}),r=r+d+t,s=Math.max(s,u)}}return a.length>0&&lS(e,a,n),{mapping:e,rowHeight:s,xOffset:r,yOffset:n,canvasWidth:o,canvasHeight:$B(s+n+t)}}function XB(i,t,e){if(!i||!t)return null;e=e||{};let r={},{iterable:n,objectInfo:s}=Ye(i);for(let o of n){s.index++;let a=t(o,s),c=Vc(a);if(!a)throw new Error("Icon is missing.");if(!a.url)throw new Error("Icon url is missing.");!r[c]&&(!e[c]||a.url!==e[c].url)&&(r[c]={...a,source:o,sourceIndex:s.index})}return r}var jc=class{constructor(t,{onUpdate:e=aS,onError:r=aS}){this._loadOptions=null,this._texture=null,this._externalTexture=null,this._mapping={},this._samplerParameters=null,this._pendingCount=0,this._autoPacking=!1,this._xOffset=0,this._yOffset=0,this._rowHeight=0,this._buffer=GB,this._canvasWidth=WB,this._canvasHeight=0,this._canvas=null,this.device=t,this.onUpdate=e,this.onError=r}finalize(){this._texture?.delete()}getTexture(){return this._texture||this._externalTexture}getIconMapping(t){let e=this._autoPacking?Vc(t):t;return this._mapping[e]||HB}setProps({loadOptions:t,autoPacking:e,iconAtlas:r,iconMapping:n,textureParameters:s}){t&&(this._loadOptions=t),e!==void 0&&(this._autoPacking=e),n&&(this._mapping=n),r&&(this._texture?.delete(),this._texture=null,this._externalTexture=r),s&&(this._samplerParameters=s)}get isLoaded(){return this._pendingCount===0}packIcons(t,e){if(!this._autoPacking||typeof document>"u")return;let r=Object.values(XB(t,e,this._mapping)||{});if(r.length>0){let{mapping:n,xOffset:s,yOffset:o,rowHeight:a,canvasHeight:c}=qB({icons:r,buffer:this._buffer,canvasWidth:this._canvasWidth,mapping:this._mapping,rowHeight:this._rowHeight,xOffset:this._xOffset,yOffset:this._yOffset});this._rowHeight=a,this._mapping=n,this._xOffset=s,this._yOffset=o,this._canvasHeight=c,this._texture||(this._texture=this.device.createTexture({format:"rgba8unorm",data:null,width:this._canvasWidth,height:this._canvasHeight,sampler:this._samplerParameters||cS,mipLevels:this.device.getMipLevelCount(this._canvasWidth,this._canvasHeight)})),this._texture.height!==this._canvasHeight&&(this._texture=ZB(this._texture,this._canvasWidth,this._canvasHeight,this._samplerParameters||cS)),this.onUpdate(!0),this._canvas=this._canvas||document.createElement("canvas"),this._loadIcons(r)}}_loadIcons(t){let e=this._canvas.getContext("2d",{willReadFrequently:!0});for(let r of t)this._pendingCount++,sn(r.url,this._loadOptions).then(n=>{let s=Vc(r),o=this._mapping[s],{x:a,y:c,width:l,height:f}=o,{image:u,width:d,height:h}=YB(e,n,l,f),p=a+(l-d)/2,g=c+(f-h)/2;this._texture?.copyExternalImage({image:u,x:p,y:g,width:d,height:h}),o.x=p,o.y=g,o.width=d,o.height=h,this._texture&&fS(this._texture),this.onUpdate(d!==l||h!==f)}).catch(n=>{this.onError({url:r.url,source:r.source,sourceIndex:r.sourceIndex,loadOptions:this._loadOptions,error:n})}).finally(()=>{this._pendingCount--})}};var uS=[0,0,0,255],KB={iconAtlas:{type:"image",value:null,async:!0},iconMapping:{type:"object",value:{},async:!0},sizeScale:{type:"number",value:1,min:0},billboard:!0,sizeUnits:"pixels",sizeBasis:"height",sizeMinPixels:{type:"number",min:0,value:0},sizeMaxPixels:{type:"number",min:0,value:Number.MAX_SAFE_INTEGER},alphaCutoff:{type:"number",value:.05,min:0,max:1},getPosition:{type:"accessor",value:i=>i.position},getIcon:{type:"accessor",value:i=>i.icon},getColor:{type:"accessor",value:uS},getSize:{type:"accessor",value:1},getAngle:{type:"accessor",value:0},getPixelOffset:{type:"accessor",value:[0,0]},onIconError:{type:"function",value:null,optional:!0},textureParameters:{type:"object",ignore:!0,value:null}},Wc=class extends xe{getShaders(){let t=!!this.props.data?.attributes?.rowIndexes;return super.getShaders({vs:nS,fs:sS,source:oS(t),defines:t?{USE_ROW_INDEXES:!0}:{},modules:[Ie,Ee,Te,rS]})}initializeState(){this.state={iconManager:new jc(this.context.device,{onUpdate:this._onUpdate.bind(this),onError:this._onError.bind(this)})},this.getAttributeManager().addInstanced({instancePositions:{size:3,type:"float64",fp64:this.use64bitPositions(),transition:!0,accessor:"getPosition"},instanceSizes:{size:1,transition:!0,bufferGroup:"icon-instance-data",accessor:"getSize",defaultValue:1},instanceIconDefs:{size:7,bufferGroup:"icon-instance-data",accessor:"getIcon",transform:this.getInstanceIconDef,shaderAttributes:{instanceOffsets:{size:2,elementOffset:0},instanceIconFrames:{size:4,elementOffset:2},instanceColorModes:{size:1,elementOffset:6}}},instanceColors:{size:this.props.colorFormat.length,type:"unorm8",transition:!0,bufferGroup:"icon-instance-data",accessor:"getColor",defaultValue:uS},instanceAngles:{size:1,transition:!0,bufferGroup:"icon-instance-data",accessor:"getAngle"},instancePixelOffset:{size:2,transition:!0,bufferGroup:"icon-instance-data",accessor:"getPixelOffset"},...this.props.data?.attributes?.rowIndexes?{rowIndexes:{size:1,type:"uint32",noAlloc:!0}}:{}})}updateState(t){super.updateState(t);let{props:e,oldProps:r,changeFlags:n}=t,s=this.getAttributeManager(),{iconAtlas:o,iconMapping:a,data:c,getIcon:l,textureParameters:f}=e,{iconManager:u}=this.state;if(typeof o=="string")return;let d=o||this.internalState.isAsyncPropLoading("iconAtlas");u.setProps({loadOptions:e.loadOptions,autoPacking:!d,iconAtlas:o,iconMapping:d?a:null,textureParameters:f}),d?r.iconMapping!==e.iconMapping&&s.invalidate("getIcon"):(n.dataChanged||n.updateTriggersChanged&&(n.updateTriggersChanged.all||n.updateTriggersChanged.getIcon))&&u.packIcons(c,l),n.extensionsChanged&&(this.state.model?.destroy(),this.state.model=this._getModel(),s.invalidateAll())}get isLoaded(){return super.isLoaded&&this.state.iconManager.isLoaded}finalizeState(t){super.finalizeState(t),this.state.iconManager.finalize()}draw({uniforms:t}){this._drawModel(this.state.model)}_drawModel(t){let{sizeScale:e,sizeBasis:r,sizeMinPixels:n,sizeMaxPixels:s,sizeUnits:o,billboard:a,alphaCutoff:c}=this.props,{iconManager:l}=this.state,f=l.getTexture();if(f){let u={iconsTexture:f,iconsTextureDim:[f.width,f.height],sizeUnits:qt[o],sizeScale:e,sizeBasis:r==="height"?1:0,sizeMinPixels:n,sizeMaxPixels:s,billboard:a,alphaCutoff:c};t.shaderInputs.setProps({icon:u}),t.draw(this.context.renderPass)}}_getModel(t=this.props.id){let e=[-1,-1,1,-1,-1,1,1,1];return new ne(this.context.device,{...this.getShaders(),id:t,bufferLayout:this.getAttributeManager().getBufferLayouts(),geometry:new Le({topology:"triangle-strip",attributes:{positions:{size:2,value:new Float32Array(e)}}}),isInstanced:!0})}_onUpdate(t){t?(this.getAttributeManager()?.invalidate("getIcon"),this.setNeedsUpdate()):this.setNeedsRedraw()}_onError(t){let e=this.getCurrentLayer()?.props.onIconError;e?e(t):R.error(t.error.message)()}getInstanceIconDef(t){let{x:e,y:r,width:n,height:s,mask:o,anchorX:a=n/2,anchorY:c=s/2}=this.state.iconManager.getIconMapping(t);return[n/2-a,s/2-c,e,r,n,s,o?1:0]}};Wc.defaultProps=KB;Wc.layerName="IconLayer";var bd=Wc;var dS=`layout(std140) uniform lineUniforms {
  float widthScale;
  float widthMinPixels;
  float widthMaxPixels;
  float useShortestPath;
  highp int widthUnits;
} line;
`,hS={name:"line",source:"",vs:dS,fs:dS,uniformTypes:{widthScale:"f32",widthMinPixels:"f32",widthMaxPixels:"f32",useShortestPath:"f32",widthUnits:"i32"}};var pS=`// ---------- Helper Structures & Functions ----------

// Placeholder filter functions.
fn deckgl_filter_size(offset: vec3<f32>, geometry: Geometry) -> vec3<f32> {
  return offset;
}
fn deckgl_filter_gl_position(p: vec4<f32>, geometry: Geometry) -> vec4<f32> {
  if (picking.isAttribute > 0.5) {
    // For depth picking, write normalized depth into the picking payload.
    // This mirrors the legacy DECKGL_FILTER_GL_POSITION hook on WebGL.
  }
  return p;
}

// Compute an extrusion offset given a line direction (in clipspace),
// an offset direction (-1 or 1), and a width in pixels.
// Assumes a uniform "project" with a viewportSize field is available.
fn getExtrusionOffset(line_clipspace: vec2<f32>, offset_direction: f32, width: f32) -> vec2<f32> {
  // project.viewportSize should be provided as a uniform (not shown here)
  let dir_screenspace = normalize(line_clipspace * project.viewportSize);
  // Rotate by 90\xB0: (x,y) becomes (-y,x)
  let rotated = vec2<f32>(-dir_screenspace.y, dir_screenspace.x);
  return rotated * offset_direction * width / 2.0;
}

// Splits the line between two points at a given x coordinate.
// Interpolates the y and z components.
fn splitLine(a: vec3<f32>, b: vec3<f32>, x: f32) -> vec3<f32> {
  let t: f32 = (x - a.x) / (b.x - a.x);
  return vec3<f32>(x, a.yz + t * (b.yz - a.yz));
}

// ---------- Uniforms & Global Structures ----------

struct LineUniforms {
  widthScale: f32,
  widthMinPixels: f32,
  widthMaxPixels: f32,
  useShortestPath: f32,
  widthUnits: i32,
};

@group(0) @binding(0)
var<uniform> line: LineUniforms;



// ---------- Vertex Output Structure ----------

struct Varyings {
  @builtin(position) gl_Position: vec4<f32>,
  @location(0) vColor: vec4<f32>,
  @location(1) uv: vec2<f32>,
  @location(2) pickingColor: vec3<f32>,
};

// ---------- Vertex Shader Entry Point ----------

@vertex
fn vertexMain(
  @builtin(instance_index) instanceIndex: u32,
  @location(0) positions: vec3<f32>,
  @location(1) instanceSourcePositions: vec3<f32>,
  @location(2) instanceTargetPositions: vec3<f32>,
  @location(3) instanceSourcePositions64Low: vec3<f32>,
  @location(4) instanceTargetPositions64Low: vec3<f32>,
  @location(5) instanceColors: vec4<f32>,
  @location(6) instanceWidths: f32
) -> Varyings {
  geometry.worldPosition = instanceSourcePositions;
  geometry.worldPositionAlt = instanceTargetPositions;

  var source_world: vec3<f32> = instanceSourcePositions;
  var target_world: vec3<f32> = instanceTargetPositions;
  var source_world_64low: vec3<f32> = instanceSourcePositions64Low;
  var target_world_64low: vec3<f32> = instanceTargetPositions64Low;

  // Apply shortest-path adjustments if needed.
  if (line.useShortestPath > 0.5 || line.useShortestPath < -0.5) {
    source_world.x = (source_world.x + 180.0 % 360.0) - 180.0;
    target_world.x = (target_world.x + 180.0 % 360.0) - 180.0;
    let deltaLng: f32 = target_world.x - source_world.x;

    if (deltaLng * line.useShortestPath > 180.0) {
      source_world.x = source_world.x + 360.0 * line.useShortestPath;
      source_world = splitLine(source_world, target_world, 180.0 * line.useShortestPath);
      source_world_64low = vec3<f32>(0.0, 0.0, 0.0);
    } else if (deltaLng * line.useShortestPath < -180.0) {
      target_world.x = target_world.x + 360.0 * line.useShortestPath;
      target_world = splitLine(source_world, target_world, 180.0 * line.useShortestPath);
      target_world_64low = vec3<f32>(0.0, 0.0, 0.0);
    } else if (line.useShortestPath < 0.0) {
      var abortOut: Varyings;
      abortOut.gl_Position = vec4<f32>(0.0);
      abortOut.vColor = vec4<f32>(0.0);
      abortOut.uv = vec2<f32>(0.0);
      return abortOut;
    }
  }

  // Project Pos and target positions to clip space.
  let sourceResult = project_position_to_clipspace_and_commonspace(source_world, source_world_64low, vec3<f32>(0.0));
  let targetResult = project_position_to_clipspace_and_commonspace(target_world, target_world_64low, vec3<f32>(0.0));
  let sourcePos: vec4<f32> = sourceResult.clipPosition;
  let targetPos: vec4<f32> = targetResult.clipPosition;
  let source_commonspace: vec4<f32> = sourceResult.commonPosition;
  let target_commonspace: vec4<f32> = targetResult.commonPosition;

  // Interpolate along the line segment.
  let segmentIndex: f32 = positions.x;
  let p: vec4<f32> = sourcePos + segmentIndex * (targetPos - sourcePos);
  geometry.position = source_commonspace + segmentIndex * (target_commonspace - source_commonspace);
#ifdef ANTIALIASING
  var uv: vec2<f32> = positions.xy;
#else
  let uv: vec2<f32> = positions.xy;
#endif
  geometry.uv = uv;
  geometry.pickingColor = picking_getPickingColorFromIndex(instanceIndex);

  // Determine width in pixels.
  let widthPixels: f32 = clamp(
    project_unit_size_to_pixel(instanceWidths * line.widthScale, line.widthUnits),
    line.widthMinPixels, line.widthMaxPixels
  );

  // Compute extrusion offset.
  let extrusion: vec2<f32> = getExtrusionOffset(targetPos.xy - sourcePos.xy, positions.y, widthPixels);
  let offset: vec3<f32> = vec3<f32>(extrusion, 0.0);

  // Apply deck.gl filter functions.
#ifdef ANTIALIASING
  var filteredOffset = deckgl_filter_size(offset, geometry);
  let halfWidthPixels = length(filteredOffset.xy);
  if (halfWidthPixels > 0.0) {
    // Keep the declared edge at abs(uv.y) == 1 while rasterizing the outer half of the centered
    // one-device-pixel coverage ramp.
    let coverageScale = 1.0 + 0.5 / project.devicePixelRatio / halfWidthPixels;
    filteredOffset *= coverageScale;
    uv.y *= coverageScale;
  }
  geometry.uv = uv;
#else
  let filteredOffset = deckgl_filter_size(offset, geometry);
#endif
  let filteredP = deckgl_filter_gl_position(p, geometry);

  let clipOffset: vec2<f32> = project_pixel_size_to_clipspace(filteredOffset.xy);
  let finalPosition: vec4<f32> = filteredP + vec4<f32>(clipOffset, 0.0, 0.0);

  // Compute color.
  var vColor: vec4<f32> = vec4<f32>(instanceColors.rgb, instanceColors.a * layer.opacity);
  // vColor = deckgl_filter_color(vColor, geometry);

  var output: Varyings;
  output.gl_Position = finalPosition;
  output.vColor = vColor;
  output.uv = uv;
  output.pickingColor = geometry.pickingColor;
  return output;
}

@fragment
fn fragmentMain(
  @location(0) vColor: vec4<f32>,
  @location(1) uv: vec2<f32>,
  @location(2) pickingColor: vec3<f32>
) -> @location(0) vec4<f32> {
  // Create and initialize geometry with the provided uv.
  var geometry: Geometry;
  geometry.uv = uv;

  // Start with the input color.
  var fragColor: vec4<f32> = vColor;

#ifdef ANTIALIASING
  // Distance to the edge in device pixels, from the derivative of uv.y. Taken in uniform control
  // flow, ahead of the picking discard below
  let edgeCoord = abs(uv.y);
  let edgePixels = (1.0 - edgeCoord) / max(fwidth(edgeCoord), 1e-6);

  // Fragments outside the coverage ramp must not write depth or picking colors.
  if (edgePixels <= -SMOOTH_EDGE_RADIUS) {
    discard;
  }

  // Feather one device pixel across the width, before premultiplication below. The ends are left
  // hard - they abut neighbors
  fragColor.a *= smoothedge(0.0, edgePixels);
#endif

  if (picking.isActive > 0.5) {
    if (!picking_isColorValid(pickingColor)) {
      discard;
    }
    return vec4<f32>(pickingColor, 1.0);
  }

  if (picking.isHighlightActive > 0.5) {
    let highlightedObjectColor = picking_normalizeColor(picking.highlightedObjectColor);
    if (picking_isColorZero(abs(pickingColor - highlightedObjectColor))) {
      let highLightAlpha = picking.highlightColor.a;
      let blendedAlpha = highLightAlpha + fragColor.a * (1.0 - highLightAlpha);
      if (blendedAlpha > 0.0) {
        let highLightRatio = highLightAlpha / blendedAlpha;
        fragColor = vec4<f32>(
          mix(fragColor.rgb, picking.highlightColor.rgb, highLightRatio),
          blendedAlpha
        );
      } else {
        fragColor = vec4<f32>(fragColor.rgb, 0.0);
      }
    }
  }

  // Apply premultiplied alpha as required by transparent canvas
  fragColor = deckgl_premultiplied_alpha(fragColor);

  return fragColor;
}
`;var mS=`#version 300 es
#define SHADER_NAME line-layer-vertex-shader
in vec3 positions;
in vec3 instanceSourcePositions;
in vec3 instanceTargetPositions;
in vec3 instanceSourcePositions64Low;
in vec3 instanceTargetPositions64Low;
in vec4 instanceColors;
in float instanceWidths;
out vec4 vColor;
out vec2 uv;
vec2 getExtrusionOffset(vec2 line_clipspace, float offset_direction, float width) {
vec2 dir_screenspace = normalize(line_clipspace * project.viewportSize);
dir_screenspace = vec2(-dir_screenspace.y, dir_screenspace.x);
return dir_screenspace * offset_direction * width / 2.0;
}
vec3 splitLine(vec3 a, vec3 b, float x) {
float t = (x - a.x) / (b.x - a.x);
return vec3(x, mix(a.yz, b.yz, t));
}
void main(void) {
geometry.worldPosition = instanceSourcePositions;
geometry.worldPositionAlt = instanceTargetPositions;
vec3 source_world = instanceSourcePositions;
vec3 target_world = instanceTargetPositions;
vec3 source_world_64low = instanceSourcePositions64Low;
vec3 target_world_64low = instanceTargetPositions64Low;
if (line.useShortestPath > 0.5 || line.useShortestPath < -0.5) {
source_world.x = mod(source_world.x + 180., 360.0) - 180.;
target_world.x = mod(target_world.x + 180., 360.0) - 180.;
float deltaLng = target_world.x - source_world.x;
if (deltaLng * line.useShortestPath > 180.) {
source_world.x += 360. * line.useShortestPath;
source_world = splitLine(source_world, target_world, 180. * line.useShortestPath);
source_world_64low = vec3(0.0);
} else if (deltaLng * line.useShortestPath < -180.) {
target_world.x += 360. * line.useShortestPath;
target_world = splitLine(source_world, target_world, 180. * line.useShortestPath);
target_world_64low = vec3(0.0);
} else if (line.useShortestPath < 0.) {
gl_Position = vec4(0.);
return;
}
}
vec4 source_commonspace;
vec4 target_commonspace;
vec4 source = project_position_to_clipspace(source_world, source_world_64low, vec3(0.), source_commonspace);
vec4 target = project_position_to_clipspace(target_world, target_world_64low, vec3(0.), target_commonspace);
float segmentIndex = positions.x;
vec4 p = mix(source, target, segmentIndex);
geometry.position = mix(source_commonspace, target_commonspace, segmentIndex);
uv = positions.xy;
geometry.uv = uv;
geometry.pickingColor = picking_getPickingColorFromInstanceID();
float widthPixels = clamp(
project_size_to_pixel(instanceWidths * line.widthScale, line.widthUnits),
line.widthMinPixels, line.widthMaxPixels
);
vec3 offset = vec3(
getExtrusionOffset(target.xy - source.xy, positions.y, widthPixels),
0.0);
DECKGL_FILTER_SIZE(offset, geometry);
#ifdef ANTIALIASING
float halfWidthPixels = length(offset.xy);
if (halfWidthPixels > 0.0) {
float coverageScale = 1.0 + 0.5 / project.devicePixelRatio / halfWidthPixels;
offset.xy *= coverageScale;
uv.y *= coverageScale;
}
geometry.uv = uv;
#endif
DECKGL_FILTER_GL_POSITION(p, geometry);
gl_Position = p + vec4(project_pixel_size_to_clipspace(offset.xy), 0.0, 0.0);
vColor = vec4(instanceColors.rgb, instanceColors.a * layer.opacity);
DECKGL_FILTER_COLOR(vColor, geometry);
}
`;var gS=`#version 300 es
#define SHADER_NAME line-layer-fragment-shader
precision highp float;
in vec4 vColor;
in vec2 uv;
out vec4 fragColor;
void main(void) {
geometry.uv = uv;
fragColor = vColor;
#ifdef ANTIALIASING
float edgeCoord = abs(uv.y);
float edgePixels = (1.0 - edgeCoord) / max(fwidth(edgeCoord), 1e-6);
if (edgePixels <= -SMOOTH_EDGE_RADIUS) {
discard;
}
fragColor.a *= smoothedge(0.0, edgePixels);
#endif
DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;var JB=[0,0,0,255],QB={getSourcePosition:{type:"accessor",value:i=>i.sourcePosition},getTargetPosition:{type:"accessor",value:i=>i.targetPosition},getColor:{type:"accessor",value:JB},getWidth:{type:"accessor",value:1},widthUnits:"pixels",widthScale:{type:"number",value:1,min:0},widthMinPixels:{type:"number",value:0,min:0},widthMaxPixels:{type:"number",value:Number.MAX_SAFE_INTEGER,min:0},antialiasing:!1},Gc=class extends xe{getBounds(){return this.getAttributeManager()?.getBounds(["instanceSourcePositions","instanceTargetPositions"])}getShaders(){let{antialiasing:t}=this.props;return super.getShaders({vs:mS,fs:gS,source:pS,defines:t?{ANTIALIASING:1}:{},modules:[Ie,Ee,Te,hS]})}get wrapLongitude(){return!1}initializeState(){this.getAttributeManager().addInstanced({instanceSourcePositions:{size:3,type:"float64",fp64:this.use64bitPositions(),transition:!0,accessor:"getSourcePosition"},instanceTargetPositions:{size:3,type:"float64",fp64:this.use64bitPositions(),transition:!0,accessor:"getTargetPosition"},instanceColors:{size:this.props.colorFormat.length,type:"unorm8",transition:!0,accessor:"getColor",defaultValue:[0,0,0,255]},instanceWidths:{size:1,transition:!0,accessor:"getWidth",defaultValue:1}})}updateState(t){super.updateState(t);let{props:e,oldProps:r,changeFlags:n}=t;(n.extensionsChanged||e.antialiasing!==r.antialiasing)&&(this.state.model?.destroy(),this.state.model=this._getModel(),this.getAttributeManager().invalidateAll())}draw({uniforms:t}){let{widthUnits:e,widthScale:r,widthMinPixels:n,widthMaxPixels:s,wrapLongitude:o}=this.props,a=this.state.model,c={widthUnits:qt[e],widthScale:r,widthMinPixels:n,widthMaxPixels:s,useShortestPath:o?1:0};a.shaderInputs.setProps({line:c}),a.draw(this.context.renderPass),o&&(a.shaderInputs.setProps({line:{...c,useShortestPath:-1}}),a.draw(this.context.renderPass))}_getModel(){let t=[0,-1,0,0,1,0,1,-1,0,1,1,0];return new ne(this.context.device,{...this.getShaders(),id:this.props.id,bufferLayout:this.getAttributeManager().getBufferLayouts(),geometry:new Le({topology:"triangle-strip",attributes:{positions:{size:3,value:new Float32Array(t)}}}),isInstanced:!0})}};Gc.layerName="LineLayer";Gc.defaultProps=QB;var Hc=Gc;var yS=`layout(std140) uniform scatterplotUniforms {
  float radiusScale;
  float radiusMinPixels;
  float radiusMaxPixels;
  float lineWidthScale;
  float lineWidthMinPixels;
  float lineWidthMaxPixels;
  float stroked;
  float filled;
  bool antialiasing;
  bool billboard;
  highp int radiusUnits;
  highp int lineWidthUnits;
} scatterplot;
`,vS={name:"scatterplot",vs:yS,fs:yS,source:"",uniformTypes:{radiusScale:"f32",radiusMinPixels:"f32",radiusMaxPixels:"f32",lineWidthScale:"f32",lineWidthMinPixels:"f32",lineWidthMaxPixels:"f32",stroked:"f32",filled:"f32",antialiasing:"f32",billboard:"f32",radiusUnits:"i32",lineWidthUnits:"i32"}};var _S=`#version 300 es
#define SHADER_NAME scatterplot-layer-vertex-shader
in vec3 positions;
in vec3 instancePositions;
in vec3 instancePositions64Low;
in float instanceRadius;
in float instanceLineWidths;
in vec4 instanceFillColors;
in vec4 instanceLineColors;
#ifdef USE_ROW_INDEXES
in float rowIndexes;
#endif
in vec2 instancePixelOffset;
out vec4 vFillColor;
out vec4 vLineColor;
out vec2 unitPosition;
out float innerUnitRadius;
out float outerRadiusPixels;
void main(void) {
geometry.worldPosition = instancePositions;
outerRadiusPixels = clamp(
project_size_to_pixel(scatterplot.radiusScale * instanceRadius, scatterplot.radiusUnits),
scatterplot.radiusMinPixels, scatterplot.radiusMaxPixels
);
float lineWidthPixels = clamp(
project_size_to_pixel(scatterplot.lineWidthScale * instanceLineWidths, scatterplot.lineWidthUnits),
scatterplot.lineWidthMinPixels, scatterplot.lineWidthMaxPixels
);
outerRadiusPixels += scatterplot.stroked * lineWidthPixels / 2.0;
float edgePadding = scatterplot.antialiasing ? (outerRadiusPixels + SMOOTH_EDGE_RADIUS) / outerRadiusPixels : 1.0;
unitPosition = edgePadding * positions.xy;
geometry.uv = unitPosition;
#ifdef USE_ROW_INDEXES
geometry.pickingColor = picking_getPickingColorFromIndex(rowIndexes);
#else
geometry.pickingColor = picking_getPickingColorFromInstanceID();
#endif
innerUnitRadius = 1.0 - scatterplot.stroked * lineWidthPixels / outerRadiusPixels;
if (scatterplot.billboard) {
gl_Position = project_position_to_clipspace(instancePositions, instancePositions64Low, vec3(0.0), geometry.position);
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
vec3 offset = edgePadding * positions * outerRadiusPixels;
offset.xy += instancePixelOffset;
DECKGL_FILTER_SIZE(offset, geometry);
gl_Position.xy += project_pixel_size_to_clipspace(offset.xy);
} else {
vec3 offset = edgePadding * positions * project_pixel_size(outerRadiusPixels);
offset.xy += project_pixel_size(instancePixelOffset);
DECKGL_FILTER_SIZE(offset, geometry);
gl_Position = project_position_to_clipspace(instancePositions, instancePositions64Low, offset, geometry.position);
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
}
vFillColor = vec4(instanceFillColors.rgb, instanceFillColors.a * layer.opacity);
DECKGL_FILTER_COLOR(vFillColor, geometry);
vLineColor = vec4(instanceLineColors.rgb, instanceLineColors.a * layer.opacity);
DECKGL_FILTER_COLOR(vLineColor, geometry);
}
`;var xS=`#version 300 es
#define SHADER_NAME scatterplot-layer-fragment-shader
precision highp float;
in vec4 vFillColor;
in vec4 vLineColor;
in vec2 unitPosition;
in float innerUnitRadius;
in float outerRadiusPixels;
out vec4 fragColor;
void main(void) {
geometry.uv = unitPosition;
float distToCenter = length(unitPosition) * outerRadiusPixels;
float inCircle = scatterplot.antialiasing ?
smoothedge(distToCenter, outerRadiusPixels) :
step(distToCenter, outerRadiusPixels);
if (inCircle == 0.0) {
discard;
}
if (scatterplot.stroked > 0.5) {
float isLine = scatterplot.antialiasing ?
smoothedge(innerUnitRadius * outerRadiusPixels, distToCenter) :
step(innerUnitRadius * outerRadiusPixels, distToCenter);
if (scatterplot.filled > 0.5) {
fragColor = mix(vFillColor, vLineColor, isLine);
} else {
if (isLine == 0.0) {
discard;
}
fragColor = vec4(vLineColor.rgb, vLineColor.a * isLine);
}
} else if (scatterplot.filled < 0.5) {
discard;
} else {
fragColor = vFillColor;
}
fragColor.a *= inCircle;
DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;var t3=`// Main shaders

struct ScatterplotUniforms {
  radiusScale: f32,
  radiusMinPixels: f32,
  radiusMaxPixels: f32,
  lineWidthScale: f32,
  lineWidthMinPixels: f32,
  lineWidthMaxPixels: f32,
  stroked: f32,
  filled: i32,
  antialiasing: i32,
  billboard: i32,
  radiusUnits: i32,
  lineWidthUnits: i32,
};

@group(0) @binding(0) var<uniform> scatterplot: ScatterplotUniforms;

struct Attributes {
  @builtin(instance_index) instanceIndex : u32,
  @builtin(vertex_index) vertexIndex : u32,
  @location(0) positions: vec3<f32>,
  @location(1) instancePositions: vec3<f32>,
  @location(2) instancePositions64Low: vec3<f32>,
  @location(3) instanceRadius: f32,
  @location(4) instanceLineWidths: f32,
  @location(5) instanceFillColors: vec4<f32>,
  @location(6) instanceLineColors: vec4<f32>,
  @location(7) instancePixelOffset: vec2<f32>,
  PICKING_COLOR_ATTRIBUTE
};

struct Varyings {
  @builtin(position) position: vec4<f32>,
  @location(0) vFillColor: vec4<f32>,
  @location(1) vLineColor: vec4<f32>,
  @location(2) unitPosition: vec2<f32>,
  @location(3) innerUnitRadius: f32,
  @location(4) outerRadiusPixels: f32,
  @location(5) pickingColor: vec3<f32>,
  @location(6) clipCoordinates: vec2<f32>,
};

@vertex
fn vertexMain(attributes: Attributes) -> Varyings {
  var varyings: Varyings;

  // Draw an inline geometry constant array clip space triangle to verify that rendering works.
  // var positions = array<vec2<f32>, 3>(vec2(0.0, 0.5), vec2(-0.5, -0.5), vec2(0.5, -0.5));
  // if (attributes.instanceIndex == 0) {
  //   varyings.position = vec4<f32>(positions[attributes.vertexIndex], 0.0, 1.0);
  //   return varyings;
  // }

  geometry.worldPosition = attributes.instancePositions;

  // Multiply out radius and clamp to limits
  varyings.outerRadiusPixels = clamp(
    project_unit_size_to_pixel(scatterplot.radiusScale * attributes.instanceRadius, scatterplot.radiusUnits),
    scatterplot.radiusMinPixels, scatterplot.radiusMaxPixels
  );

  // Multiply out line width and clamp to limits
  let lineWidthPixels = clamp(
    project_unit_size_to_pixel(scatterplot.lineWidthScale * attributes.instanceLineWidths, scatterplot.lineWidthUnits),
    scatterplot.lineWidthMinPixels, scatterplot.lineWidthMaxPixels
  );

  // outer radius needs to offset by half stroke width
  varyings.outerRadiusPixels += scatterplot.stroked * lineWidthPixels / 2.0;
  // Expand geometry to accommodate edge smoothing
  // WGSL selects the second value when the condition is true, so keep the antialiased path second.
  let edgePadding = select(
    1.0,
    (varyings.outerRadiusPixels + SMOOTH_EDGE_RADIUS) / varyings.outerRadiusPixels,
    scatterplot.antialiasing != 0
  );

  // position on the containing square in [-1, 1] space
  varyings.unitPosition = edgePadding * attributes.positions.xy;
  geometry.uv = varyings.unitPosition;
  geometry.pickingColor = PICKING_COLOR_VALUE;

  varyings.innerUnitRadius = 1.0 - scatterplot.stroked * lineWidthPixels / varyings.outerRadiusPixels;

  if (scatterplot.billboard != 0) {
    let projectedPosition = project_position_to_clipspace_and_commonspace(
      attributes.instancePositions,
      attributes.instancePositions64Low,
      vec3<f32>(0.0)
    );
    geometry.position = projectedPosition.commonPosition;
    varyings.position = projectedPosition.clipPosition;
    // DECKGL_FILTER_GL_POSITION(varyings.position, geometry);
    var offset = edgePadding * attributes.positions * varyings.outerRadiusPixels;
    offset = vec3<f32>(offset.xy + attributes.instancePixelOffset, offset.z);
    // DECKGL_FILTER_SIZE(offset, geometry);
    let clipPixels = project_pixel_size_to_clipspace(offset.xy);
    varyings.position = vec4<f32>(varyings.position.x + clipPixels.x, varyings.position.y + clipPixels.y, varyings.position.z, varyings.position.w);
    geometry.position = vec4<f32>(
      geometry.position.xy + project_pixel_size_vec2(offset.xy),
      geometry.position.zw
    );
  } else {
    var offset = edgePadding * attributes.positions * project_pixel_size_float(varyings.outerRadiusPixels);
    offset = vec3<f32>(offset.xy + project_pixel_size_vec2(attributes.instancePixelOffset), offset.z);
    // DECKGL_FILTER_SIZE(offset, geometry);
    let projectedPosition = project_position_to_clipspace_and_commonspace(
      attributes.instancePositions,
      attributes.instancePositions64Low,
      offset
    );
    geometry.position = projectedPosition.commonPosition;
    varyings.position = projectedPosition.clipPosition;
    // DECKGL_FILTER_GL_POSITION(varyings.position, geometry);
  }

  varyings.clipCoordinates = geometry.position.xy;
  clip_filterPosition(&varyings.position, geometry.worldPosition.xy);

  // Apply opacity to instance color, or return instance picking color
  varyings.vFillColor = vec4<f32>(attributes.instanceFillColors.rgb, attributes.instanceFillColors.a * layer.opacity);
  // DECKGL_FILTER_COLOR(varyings.vFillColor, geometry);
  varyings.vLineColor = vec4<f32>(attributes.instanceLineColors.rgb, attributes.instanceLineColors.a * layer.opacity);
  // DECKGL_FILTER_COLOR(varyings.vLineColor, geometry);
  varyings.pickingColor = geometry.pickingColor;

  return varyings;
}

@fragment
fn fragmentMain(varyings: Varyings) -> @location(0) vec4<f32> {
  // var geometry: Geometry;
  // geometry.uv = unitPosition;

  let distToCenter = length(varyings.unitPosition) * varyings.outerRadiusPixels;
  let inCircle = select(
    step(distToCenter, varyings.outerRadiusPixels),
    smoothedge(distToCenter, varyings.outerRadiusPixels),
    scatterplot.antialiasing != 0
  );

  if (inCircle == 0.0) {
    discard;
  }

  var fragColor: vec4<f32>;

  if (scatterplot.stroked != 0) {
    let isLine = select(
      step(varyings.innerUnitRadius * varyings.outerRadiusPixels, distToCenter),
      smoothedge(varyings.innerUnitRadius * varyings.outerRadiusPixels, distToCenter),
      scatterplot.antialiasing != 0
    );

    if (scatterplot.filled != 0) {
      fragColor = mix(varyings.vFillColor, varyings.vLineColor, isLine);
    } else {
      if (isLine == 0.0) {
        discard;
      }
      fragColor = vec4<f32>(varyings.vLineColor.rgb, varyings.vLineColor.a * isLine);
    }
  } else if (scatterplot.filled == 0) {
    discard;
  } else {
    fragColor = varyings.vFillColor;
  }

  fragColor.a *= inCircle;

  clip_filterColor(varyings.clipCoordinates);

  if (picking.isActive > 0.5) {
    if (!picking_isColorValid(varyings.pickingColor)) {
      discard;
    }
    return vec4<f32>(varyings.pickingColor, 1.0);
  }

  if (picking.isHighlightActive > 0.5) {
    let highlightedObjectColor = picking_normalizeColor(picking.highlightedObjectColor);
    if (picking_isColorZero(abs(varyings.pickingColor - highlightedObjectColor))) {
      let highLightAlpha = picking.highlightColor.a;
      let blendedAlpha = highLightAlpha + fragColor.a * (1.0 - highLightAlpha);
      if (blendedAlpha > 0.0) {
        let highLightRatio = highLightAlpha / blendedAlpha;
        fragColor = vec4<f32>(
          mix(fragColor.rgb, picking.highlightColor.rgb, highLightRatio),
          blendedAlpha
        );
      } else {
        fragColor = vec4<f32>(fragColor.rgb, 0.0);
      }
    }
  }

  // Apply premultiplied alpha as required by transparent canvas
  fragColor = deckgl_premultiplied_alpha(fragColor);

  return fragColor;
  // return vec4<f32>(0, 0, 1, 1);
}
`;function bS(i){return t3.replace("PICKING_COLOR_ATTRIBUTE",i?"@location(8) rowIndexes: u32,":"").replace("PICKING_COLOR_VALUE",i?"picking_getPickingColorFromIndex(attributes.rowIndexes)":"picking_getPickingColorFromIndex(attributes.instanceIndex)")}var e3=`struct ClipUniforms {
  enabled: i32,
  mode: i32,
  bounds: vec4<f32>,
};

@group(2) @binding(auto) var<uniform> clipUniforms: ClipUniforms;

fn clip_isInBounds(coordinates: vec2<f32>) -> bool {
  return coordinates.x >= clipUniforms.bounds.x &&
    coordinates.y >= clipUniforms.bounds.y &&
    coordinates.x < clipUniforms.bounds.z &&
    coordinates.y < clipUniforms.bounds.w;
}

fn clip_filterPosition(position: ptr<function, vec4<f32>>, instanceCoordinates: vec2<f32>) {
  if (
    clipUniforms.enabled != 0 &&
    clipUniforms.mode == 1 &&
    !clip_isInBounds(instanceCoordinates)
  ) {
    *position = vec4<f32>(2.0, 2.0, 2.0, 1.0);
  }
}

fn clip_filterColor(geometryCoordinates: vec2<f32>) {
  if (
    clipUniforms.enabled != 0 &&
    clipUniforms.mode == 0 &&
    !clip_isInBounds(geometryCoordinates)
  ) {
    discard;
  }
}
`,i3={name:"clip",source:e3,props:{},uniforms:{},bindingLayout:[{name:"clip",group:2}],uniformTypes:{enabled:"i32",mode:"i32",bounds:"vec4<f32>"},defaultUniforms:{enabled:0,mode:0,bounds:[0,0,1,1]},getUniforms(i={}){let t={};return i.enabled!==void 0&&(t.enabled=i.enabled?1:0),i.mode!==void 0&&(t.mode=i.mode==="instance"?1:0),i.bounds!==void 0&&(t.bounds=i.bounds),t}},fo=i3;var wS=[0,0,0,255],r3={radiusUnits:"meters",radiusScale:{type:"number",min:0,value:1},radiusMinPixels:{type:"number",min:0,value:0},radiusMaxPixels:{type:"number",min:0,value:Number.MAX_SAFE_INTEGER},lineWidthUnits:"meters",lineWidthScale:{type:"number",min:0,value:1},lineWidthMinPixels:{type:"number",min:0,value:0},lineWidthMaxPixels:{type:"number",min:0,value:Number.MAX_SAFE_INTEGER},stroked:!1,filled:!0,billboard:!1,antialiasing:!0,getPosition:{type:"accessor",value:i=>i.position},getRadius:{type:"accessor",value:1},getFillColor:{type:"accessor",value:wS},getLineColor:{type:"accessor",value:wS},getLineWidth:{type:"accessor",value:1},getPixelOffset:{type:"accessor",value:[0,0]},strokeWidth:{deprecatedFor:"getLineWidth"},outline:{deprecatedFor:"stroked"},getColor:{deprecatedFor:["getFillColor","getLineColor"]}},$c=class extends xe{getShaders(){let t=!!this.props.data?.attributes?.rowIndexes;return super.getShaders({vs:_S,fs:xS,source:bS(t),defines:t?{USE_ROW_INDEXES:!0}:{},modules:[Ie,Ee,Te,vS,...this.context.device.type==="webgpu"?[fo]:[]]})}initializeState(){let t=this.props.data?.attributes?.rowIndexes?{rowIndexes:{size:1,type:"uint32",noAlloc:!0}}:{};this.getAttributeManager().addInstanced({instancePositions:{size:3,type:"float64",fp64:this.use64bitPositions(),transition:!0,accessor:"getPosition"},instanceRadius:{size:1,transition:!0,accessor:"getRadius",defaultValue:1,bufferGroup:"scatterplot-instance-data"},instanceFillColors:{size:this.props.colorFormat.length,transition:!0,type:"unorm8",accessor:"getFillColor",defaultValue:[0,0,0,255],bufferGroup:"scatterplot-instance-data"},instanceLineColors:{size:this.props.colorFormat.length,transition:!0,type:"unorm8",accessor:"getLineColor",defaultValue:[0,0,0,255],bufferGroup:"scatterplot-instance-data"},instanceLineWidths:{size:1,transition:!0,accessor:"getLineWidth",defaultValue:1,bufferGroup:"scatterplot-instance-data"},instancePixelOffset:{size:2,transition:!0,accessor:"getPixelOffset",bufferGroup:"scatterplot-instance-data"},...t})}updateState(t){super.updateState(t),t.changeFlags.extensionsChanged&&(this.state.model?.destroy(),this.state.model=this._getModel(),this.getAttributeManager().invalidateAll())}draw({uniforms:t}){let{radiusUnits:e,radiusScale:r,radiusMinPixels:n,radiusMaxPixels:s,stroked:o,filled:a,billboard:c,antialiasing:l,lineWidthUnits:f,lineWidthScale:u,lineWidthMinPixels:d,lineWidthMaxPixels:h}=this.props,p={stroked:o,filled:a,billboard:c,antialiasing:l,radiusUnits:qt[e],radiusScale:r,radiusMinPixels:n,radiusMaxPixels:s,lineWidthUnits:qt[f],lineWidthScale:u,lineWidthMinPixels:d,lineWidthMaxPixels:h},g=this.state.model;g.shaderInputs.setProps({scatterplot:p}),g.draw(this.context.renderPass)}_getModel(){let t=[-1,-1,0,1,-1,0,-1,1,0,1,1,0];return new ne(this.context.device,{...this.getShaders(),id:this.props.id,bufferLayout:this.getAttributeManager().getBufferLayouts(),geometry:new Le({topology:"triangle-strip",attributes:{positions:{size:3,value:new Float32Array(t)}}}),isInstanced:!0})}};$c.defaultProps=r3;$c.layerName="ScatterplotLayer";var Jn=$c;var wd={CLOCKWISE:1,COUNTER_CLOCKWISE:-1};function Yc(i,t,e={}){return SS(i,e)!==t?(n3(i,e),!0):!1}function SS(i,t={}){return Math.sign(Sd(i,t))}var Bg={x:0,y:1,z:2};function Sd(i,t={}){let{start:e=0,end:r=i.length,plane:n="xy"}=t,s=t.size||2,o=0,a=Bg[n[0]],c=Bg[n[1]];for(let l=e,f=r-s;l<r;l+=s)o+=(i[l+a]-i[f+a])*(i[l+c]+i[f+c]),f=l;return o/2}function n3(i,t){let{start:e=0,end:r=i.length,size:n=2}=t,s=(r-e)/n,o=Math.floor(s/2);for(let a=0;a<o;++a){let c=e+a*n,l=e+(s-1-a)*n;for(let f=0;f<n;++f){let u=i[c+f];i[c+f]=i[l+f],i[l+f]=u}}}function Ce(i,t){let e=t.length,r=i.length;if(r>0){let n=!0;for(let s=0;s<e;s++)if(i[r-e+s]!==t[s]){n=!1;break}if(n)return!1}for(let n=0;n<e;n++)i[r+n]=t[n];return!0}function Zc(i,t){let e=t.length;for(let r=0;r<e;r++)i[r]=t[r]}function pn(i,t,e,r,n=[]){let s=r+t*e;for(let o=0;o<e;o++)n[o]=i[s+o];return n}function Pd(i,t,e,r,n=[]){let s,o;if(e&8)s=(r[3]-i[1])/(t[1]-i[1]),o=3;else if(e&4)s=(r[1]-i[1])/(t[1]-i[1]),o=1;else if(e&2)s=(r[2]-i[0])/(t[0]-i[0]),o=2;else if(e&1)s=(r[0]-i[0])/(t[0]-i[0]),o=0;else return null;for(let a=0;a<i.length;a++)n[a]=(o&1)===a?r[o]:s*(t[a]-i[a])+i[a];return n}function qc(i,t){let e=0;return i[0]<t[0]?e|=1:i[0]>t[2]&&(e|=2),i[1]<t[1]?e|=4:i[1]>t[3]&&(e|=8),e}function Xc(i,t){let{size:e=2,broken:r=!1,gridResolution:n=10,gridOffset:s=[0,0],startIndex:o=0,endIndex:a=i.length}=t||{},c=(a-o)/e,l=[],f=[l],u=pn(i,0,e,o),d,h,p=IS(u,n,s,[]),g=[];Ce(l,u);for(let m=1;m<c;m++){for(d=pn(i,m,e,o,d),h=qc(d,p);h;){Pd(u,d,h,p,g);let _=qc(g,p);_&&(Pd(u,g,_,p,g),h=_),Ce(l,g),Zc(u,g),a3(p,n,h),r&&l.length>e&&(l=[],f.push(l),Ce(l,u)),h=qc(d,p)}Ce(l,d),Zc(u,d)}return r?f:f[0]}var PS=0,o3=1;function Kc(i,t=null,e){if(!i.length)return[];let{size:r=2,gridResolution:n=10,gridOffset:s=[0,0],edgeTypes:o=!1}=e||{},a=[],c=[{pos:i,types:o?new Array(i.length/r).fill(o3):null,holes:t||[]}],l=[[],[]],f=[];for(;c.length;){let{pos:u,types:d,holes:h}=c.shift();c3(u,r,h[0]||u.length,l),f=IS(l[0],n,s,f);let p=qc(l[1],f);if(p){let g=ES(u,d,r,0,h[0]||u.length,f,p),m={pos:g[0].pos,types:g[0].types,holes:[]},_={pos:g[1].pos,types:g[1].types,holes:[]};c.push(m,_);for(let b=0;b<h.length;b++)g=ES(u,d,r,h[b],h[b+1]||u.length,f,p),g[0]&&(m.holes.push(m.pos.length),m.pos=Ed(m.pos,g[0].pos),o&&(m.types=Ed(m.types,g[0].types))),g[1]&&(_.holes.push(_.pos.length),_.pos=Ed(_.pos,g[1].pos),o&&(_.types=Ed(_.types,g[1].types)))}else{let g={positions:u};o&&(g.edgeTypes=d),h.length&&(g.holeIndices=h),a.push(g)}}return a}function ES(i,t,e,r,n,s,o){let a=(n-r)/e,c=[],l=[],f=[],u=[],d=[],h,p,g,m=pn(i,a-1,e,r),_=Math.sign(o&8?m[1]-s[3]:m[0]-s[2]),b=t&&t[a-1],v=0,x=0;for(let w=0;w<a;w++)h=pn(i,w,e,r,h),p=Math.sign(o&8?h[1]-s[3]:h[0]-s[2]),g=t&&t[r/e+w],p&&_&&_!==p&&(Pd(m,h,o,s,d),Ce(c,d)&&f.push(b),Ce(l,d)&&u.push(b)),p<=0?(Ce(c,h)&&f.push(g),v-=p):f.length&&(f[f.length-1]=PS),p>=0?(Ce(l,h)&&u.push(g),x+=p):u.length&&(u[u.length-1]=PS),Zc(m,h),_=p,b=g;return[v?{pos:c,types:t&&f}:null,x?{pos:l,types:t&&u}:null]}function IS(i,t,e,r){let n=Math.floor((i[0]-e[0])/t)*t+e[0],s=Math.floor((i[1]-e[1])/t)*t+e[1];return r[0]=n,r[1]=s,r[2]=n+t,r[3]=s+t,r}function a3(i,t,e){e&8?(i[1]+=t,i[3]+=t):e&4?(i[1]-=t,i[3]-=t):e&2?(i[0]+=t,i[2]+=t):e&1&&(i[0]-=t,i[2]-=t)}function c3(i,t,e,r){let n=1/0,s=-1/0,o=1/0,a=-1/0;for(let c=0;c<e;c+=t){let l=i[c],f=i[c+1];n=l<n?l:n,s=l>s?l:s,o=f<o?f:o,a=f>a?f:a}return r[0][0]=n,r[0][1]=o,r[1][0]=s,r[1][1]=a,r}function Ed(i,t){for(let e=0;e<t.length;e++)i.push(t[e]);return i}var l3=85.051129;function Rg(i,t){let{size:e=2,startIndex:r=0,endIndex:n=i.length,normalize:s=!0}=t||{},o=i.slice(r,n);TS(o,e,0,n-r);let a=Xc(o,{size:e,broken:!0,gridResolution:360,gridOffset:[-180,-180]});if(s)for(let c of a)AS(c,e);return a}function Dg(i,t=null,e){let{size:r=2,normalize:n=!0,edgeTypes:s=!1}=e||{};t=t||[];let o=[],a=[],c=0,l=0;for(let u=0;u<=t.length;u++){let d=t[u]||i.length,h=l,p=f3(i,r,c,d);for(let g=p;g<d;g++)o[l++]=i[g];for(let g=c;g<p;g++)o[l++]=i[g];TS(o,r,h,l),u3(o,r,h,l,e?.maxLatitude),c=d,a[u]=l}a.pop();let f=Kc(o,a,{size:r,gridResolution:360,gridOffset:[-180,-180],edgeTypes:s});if(n)for(let u of f)AS(u.positions,r);return f}function f3(i,t,e,r){let n=-1,s=-1;for(let o=e+1;o<r;o+=t){let a=Math.abs(i[o]);a>n&&(n=a,s=o-1)}return s}function u3(i,t,e,r,n=l3){let s=i[e],o=i[r-t];if(Math.abs(s-o)>180){let a=pn(i,0,t,e);a[0]+=Math.round((o-s)/360)*360,Ce(i,a),a[1]=Math.sign(a[1])*n,Ce(i,a),a[0]=s,Ce(i,a)}}function TS(i,t,e,r){let n=i[0],s;for(let o=e;o<r;o+=t){s=i[o];let a=s-n;(a>180||a<-180)&&(s-=Math.round(a/360)*360),i[o]=n=s}}function AS(i,t){let e,r=i.length/t;for(let s=0;s<r&&(e=i[s*t],(e+180)%360===0);s++);let n=-Math.round(e/360)*360;if(n!==0)for(let s=0;s<r;s++)i[s*t]+=n}function MS(i,t,e,r){let n;if(Array.isArray(i[0])){let s=i.length*t;n=new Array(s);for(let o=0;o<i.length;o++)for(let a=0;a<t;a++)n[o*t+a]=i[o][a]||0}else n=i;return e?Xc(n,{size:t,gridResolution:e}):r?Rg(n,{size:t}):n}var h3=1,p3=2,Jc=4,Qc=class extends dn{constructor(t){super({...t,attributes:{positions:{size:3,padding:18,initialize:!0,type:t.fp64?Float64Array:Float32Array},segmentTypes:{size:1,type:t.isWebGPU?Float32Array:Uint8ClampedArray}}})}get(t){return this.attributes[t]}getPathSegmentIndices(t){let e=this.attributes.segmentTypes,r=this.vertexStarts[t],n=Math.min(this.vertexStarts[t+1]??this.instanceCount,this.instanceCount),s=[];for(let o=r;o<n-1;o++)(e[o]&Jc)===0&&s.push(o);return s.length&&(e[r]&Jc)!==0&&s.unshift(s.pop()),s}getGeometryFromBuffer(t){return this.normalize||this.opts.isWebGPU?super.getGeometryFromBuffer(t):null}normalizeGeometry(t){return this.normalize?MS(t,this.positionSize,this.opts.resolution,this.opts.wrapLongitude):t}getGeometrySize(t){if(CS(t)){let r=0;for(let n of t)r+=this.getGeometrySize(n);return r}let e=this.getPathLength(t);return e<2?0:this.isClosed(t)?e<3?0:e+2:e}updateGeometryAttributes(t,e){if(e.geometrySize!==0)if(t&&CS(t))for(let r of t){let n=this.getGeometrySize(r);e.geometrySize=n,this.updateGeometryAttributes(r,e),e.vertexStart+=n}else this._updateSegmentTypes(t,e),this._updatePositions(t,e)}_updateSegmentTypes(t,e){let r=this.attributes.segmentTypes,n=t?this.isClosed(t):!1,{vertexStart:s,geometrySize:o}=e;r.fill(0,s,s+o),n?(r[s]=Jc,r[s+o-2]=Jc):(r[s]+=h3,r[s+o-2]+=p3),r[s+o-1]=Jc}_updatePositions(t,e){let{positions:r}=this.attributes;if(!r||!t)return;let{vertexStart:n,geometrySize:s}=e,o=new Array(3);for(let a=n,c=0;c<s;a++,c++)this.getPointOnPath(t,c,o),r[a*3]=o[0],r[a*3+1]=o[1],r[a*3+2]=o[2]}getPathLength(t){return t.length/this.positionSize}getPointOnPath(t,e,r=[]){let{positionSize:n}=this;e*n>=t.length&&(e+=1-t.length/n);let s=e*n;return r[0]=t[s],r[1]=t[s+1],r[2]=n===3&&t[s+2]||0,r}isClosed(t){if(!this.normalize)return!!this.opts.loop;let{positionSize:e}=this,r=t.length-e;return t[0]===t[r]&&t[1]===t[r+1]&&(e===2||t[2]===t[r+2])}};function CS(i){return Array.isArray(i[0])}var m3=`struct PathUniforms {
  widthScale: f32,
  widthMinPixels: f32,
  widthMaxPixels: f32,
  jointType: f32,
  capType: f32,
  miterLimit: f32,
  billboard: f32,
  widthUnits: i32,
};

@group(0) @binding(auto)
var<uniform> path: PathUniforms;
`,LS=`layout(std140) uniform pathUniforms {
  float widthScale;
  float widthMinPixels;
  float widthMaxPixels;
  float jointType;
  float capType;
  float miterLimit;
  bool billboard;
  highp int widthUnits;
} path;
`,OS={name:"path",source:m3,vs:LS,fs:LS,uniformTypes:{widthScale:"f32",widthMinPixels:"f32",widthMaxPixels:"f32",jointType:"f32",capType:"f32",miterLimit:"f32",billboard:"f32",widthUnits:"i32"}};var BS=`const EPSILON: f32 = 0.001;
const ZERO_OFFSET: vec3<f32> = vec3<f32>(0.0, 0.0, 0.0);

struct JoinResult {
  offset: vec3<f32>,
  cornerOffset: vec2<f32>,
  miterLength: f32,
  pathPosition: vec2<f32>,
  pathLength: f32,
  jointType: f32,
};

struct Attributes {
  @location(0) positions: vec2<f32>,
  @location(1) instanceTypes: f32,
  @location(2) instanceLeftPositions: vec3<f32>,
  @location(3) instanceStartPositions: vec3<f32>,
  @location(4) instanceEndPositions: vec3<f32>,
  @location(5) instanceRightPositions: vec3<f32>,
  @location(6) instanceLeftPositions64Low: vec3<f32>,
  @location(7) instanceStartPositions64Low: vec3<f32>,
  @location(8) instanceEndPositions64Low: vec3<f32>,
  @location(9) instanceRightPositions64Low: vec3<f32>,
  @location(10) instanceStrokeWidths: f32,
  @location(11) instanceColors: vec4<f32>,
  @location(12) rowIndexes: u32,
};

struct Varyings {
  @builtin(position) position: vec4<f32>,
  @location(0) vColor: vec4<f32>,
  @location(1) vCornerOffset: vec2<f32>,
  @location(2) vMiterLength: f32,
  @location(3) vPathPosition: vec2<f32>,
  @location(4) vPathLength: f32,
  @location(5) vJointType: f32,
  // Location 6 is reserved for TripsLayer's injected vTime varying.
  @location(7) clipCoordinates: vec2<f32>,
#ifdef DASH_ENABLED
  @location(8) vPathBounds: vec2<f32>,
#endif
};

fn flipIfTrue(flag: bool) -> f32 {
  return select(1.0, -1.0, flag);
}

fn clipLine(position: vec4<f32>, refPosition: vec4<f32>) -> vec4<f32> {
  if (position.w < EPSILON) {
    let r = (EPSILON - refPosition.w) / (position.w - refPosition.w);
    return refPosition + (position - refPosition) * r;
  }
  return position;
}

#ifdef DASH_ENABLED
// Return the visible interval of the original segment before clipLine moves either endpoint.
fn getClippedPathRange(startW: f32, endW: f32) -> vec2<f32> {
  let startClipped = startW < EPSILON;
  let endClipped = endW < EPSILON;
  if (startClipped && endClipped) {
    return vec2<f32>(0.0, 0.0);
  }
  if (startClipped || endClipped) {
    let intersection = clamp((EPSILON - startW) / (endW - startW), 0.0, 1.0);
    if (startClipped) {
      return vec2<f32>(intersection, 1.0);
    }
    return vec2<f32>(0.0, intersection);
  }
  return vec2<f32>(0.0, 1.0);
}
#endif

fn getLineJoinOffset(
  prevPoint: vec3<f32>,
  currPoint: vec3<f32>,
  nextPoint: vec3<f32>,
  width: vec2<f32>,
#ifdef DASH_ENABLED
  sourcePathLength: f32,
  sourcePathRange: vec2<f32>,
#endif
#ifdef ANTIALIASING
  coverageScale: f32,
#endif
  positions: vec2<f32>,
  instanceTypes: f32
) -> JoinResult {
  let isEnd = positions.x > 0.0;
  let sideOfPath = positions.y;
  let isJoint = select(0.0, 1.0, sideOfPath == 0.0);

  var deltaA3 = currPoint - prevPoint;
  var deltaB3 = nextPoint - currPoint;

  let rotationResult = project_needs_rotation(currPoint);
  if (path.billboard == 0.0 && rotationResult.needsRotation) {
    deltaA3 = rotationResult.transform * deltaA3;
    deltaB3 = rotationResult.transform * deltaB3;
  }

  let deltaA = deltaA3.xy / width;
  let deltaB = deltaB3.xy / width;

  let lenA = length(deltaA);
  let lenB = length(deltaB);

  let dirA = select(vec2<f32>(0.0, 0.0), normalize(deltaA), lenA > 0.0);
  let dirB = select(vec2<f32>(0.0, 0.0), normalize(deltaB), lenB > 0.0);

  let perpA = vec2<f32>(-dirA.y, dirA.x);
  let perpB = vec2<f32>(-dirB.y, dirB.x);

  var tangent = dirA + dirB;
  tangent = select(perpA, normalize(tangent), length(tangent) > 0.0);
  let miterVec = vec2<f32>(-tangent.y, tangent.x);
  let dir = select(dirB, dirA, isEnd);
  let perp = select(perpB, perpA, isEnd);
#ifdef DASH_ENABLED
  let segmentLength2D = select(lenB, lenA, isEnd);

  // Extrusion happens in the XY plane, so segmentLength2D is a 2D length and pathPosition.y
  // below measures 2D distance along the segment. For a path that also moves in Z the true
  // arc length is longer by this ratio. Scaling pathLength and pathPosition.y by it makes
  // the coordinate measure real 3D distance while leaving the joint tests unchanged, since
  // they compare the two against each other and both are scaled alike. Billboard mode
  // extrudes in clip space, where the perspective divide has already reduced the segment to
  // its screen projection, so its complete common-space length is supplied by the caller.
  // Mirrors path-layer-vertex.glsl.ts.
  let currDelta3 = select(deltaB3, deltaA3, isEnd);
  let currLength2D = length(currDelta3.xy);
  // Do not clamp a valid denominator to EPSILON: high-zoom Web Mercator deltas are often
  // smaller than that in common space, and changing their scale corrupts even flat paths.
  let safeLength2D = select(1.0, currLength2D, currLength2D > 0.0);
  var arcLengthRatio = 1.0;
  var pathPositionOffset = 0.0;
  var pathLength = segmentLength2D;
  if (path.billboard != 0.0) {
    // clipLine may shorten the visible screen-space segment. Preserve the corresponding interval
    // of the complete common-space arclength instead of compressing the full dash period into the
    // visible span. Keep pathLength complete so justification is stable as the camera clips it.
    let visiblePathLength = sourcePathLength * (sourcePathRange.y - sourcePathRange.x);
    arcLengthRatio = 0.0;
    if (segmentLength2D > 0.0) {
      arcLengthRatio = visiblePathLength / segmentLength2D;
    }
    pathPositionOffset = sourcePathLength * sourcePathRange.x;
    pathLength = sourcePathLength;
  } else if (currLength2D > 0.0) {
    arcLengthRatio = length(currDelta3) / safeLength2D;
    pathLength = segmentLength2D * arcLengthRatio;
  }
#else
  let pathLength = select(lenB, lenA, isEnd);
#endif

  let sinHalfA = abs(dot(miterVec, perp));
  let cosHalfA = abs(dot(dirA, miterVec));
  let turnDirection = flipIfTrue(dirA.x * dirB.y >= dirA.y * dirB.x);
  let cornerPosition = sideOfPath * turnDirection;

  var miterSize = 1.0 / max(sinHalfA, EPSILON);
  miterSize = mix(
    min(miterSize, max(lenA, lenB) / max(cosHalfA, EPSILON)),
    miterSize,
    step(0.0, cornerPosition)
  );

  var offsetVec =
    mix(miterVec * miterSize, perp, step(0.5, cornerPosition)) *
    (sideOfPath + isJoint * turnDirection);

  let isStartCap = lenA == 0.0 || (!isEnd && (instanceTypes == 1.0 || instanceTypes == 3.0));
  let isEndCap = lenB == 0.0 || (isEnd && (instanceTypes == 2.0 || instanceTypes == 3.0));
  let isCap = isStartCap || isEndCap;

  var jointType = path.jointType;
  if (isCap) {
    offsetVec = mix(
      perp * sideOfPath,
      dir * path.capType * 4.0 * flipIfTrue(isStartCap),
      isJoint
    );
    jointType = path.capType;
  }

#ifdef ANTIALIASING
  let coverageOffsetVec = offsetVec * coverageScale;
  var miterLength = dot(coverageOffsetVec, miterVec * turnDirection);
#else
  var miterLength = dot(offsetVec, miterVec * turnDirection);
#endif
  miterLength = select(miterLength, isJoint, isCap);

#ifdef ANTIALIASING
  let offsetFromStartOfPath = coverageOffsetVec + deltaA * select(0.0, 1.0, isEnd);
#else
  let offsetFromStartOfPath = offsetVec + deltaA * select(0.0, 1.0, isEnd);
#endif
  let pathPosition = vec2<f32>(
    dot(offsetFromStartOfPath, perp),
#ifdef DASH_ENABLED
    pathPositionOffset + dot(offsetFromStartOfPath, dir) * arcLengthRatio
#else
    dot(offsetFromStartOfPath, dir)
#endif
  );
  let isValid = step(f32(instanceTypes), 3.5);
#ifdef ANTIALIASING
  var offset = vec3<f32>(coverageOffsetVec * width * isValid, 0.0);
#else
  var offset = vec3<f32>(offsetVec * width * isValid, 0.0);
#endif

  if (path.billboard == 0.0 && rotationResult.needsRotation) {
    offset = rotationResult.transform * offset;
  }

#ifdef ANTIALIASING
  return JoinResult(
    offset, coverageOffsetVec, miterLength, pathPosition, pathLength, jointType
  );
#else
  return JoinResult(offset, offsetVec, miterLength, pathPosition, pathLength, jointType);
#endif
}

@vertex
fn vertexMain(attributes: Attributes) -> Varyings {
  var varyings: Varyings;

  geometry.pickingColor = picking_getPickingColorFromIndex(attributes.rowIndexes);

  let isEnd = attributes.positions.x;

  let prevPosition = mix(attributes.instanceLeftPositions, attributes.instanceStartPositions, isEnd);
  let prevPosition64Low = mix(
    attributes.instanceLeftPositions64Low,
    attributes.instanceStartPositions64Low,
    isEnd
  );
  let currPosition = mix(attributes.instanceStartPositions, attributes.instanceEndPositions, isEnd);
  let currPosition64Low = mix(
    attributes.instanceStartPositions64Low,
    attributes.instanceEndPositions64Low,
    isEnd
  );
  let nextPosition = mix(attributes.instanceEndPositions, attributes.instanceRightPositions, isEnd);
  let nextPosition64Low = mix(
    attributes.instanceEndPositions64Low,
    attributes.instanceRightPositions64Low,
    isEnd
  );

  geometry.worldPosition = currPosition;

  let widthPixels =
    clamp(
      project_unit_size_to_pixel(attributes.instanceStrokeWidths * path.widthScale, path.widthUnits),
      path.widthMinPixels,
      path.widthMaxPixels
    ) / 2.0;

  if (path.billboard != 0.0) {
#ifdef DASH_ENABLED
    let prevProjection = project_position_to_clipspace_and_commonspace(
      prevPosition, prevPosition64Low, ZERO_OFFSET
    );
    let nextProjection = project_position_to_clipspace_and_commonspace(
      nextPosition, nextPosition64Low, ZERO_OFFSET
    );
    let prevPositionCommon = prevProjection.commonPosition.xyz;
    let nextPositionCommon = nextProjection.commonPosition.xyz;
    var prevPositionScreen = prevProjection.clipPosition;
    var nextPositionScreen = nextProjection.clipPosition;
#else
    var prevPositionScreen = project_position_to_clipspace(
      prevPosition, prevPosition64Low, ZERO_OFFSET
    );
    var nextPositionScreen = project_position_to_clipspace(
      nextPosition, nextPosition64Low, ZERO_OFFSET
    );
#endif
    let currProjection = project_position_to_clipspace_and_commonspace(
      currPosition, currPosition64Low, ZERO_OFFSET
    );
    geometry.position = currProjection.commonPosition;
    var currPositionScreen = currProjection.clipPosition;
#ifdef DASH_ENABLED
    let currPositionCommon = currProjection.commonPosition.xyz;
    let sourcePathStartScreen = mix(currPositionScreen, prevPositionScreen, isEnd);
    let sourcePathEndScreen = mix(nextPositionScreen, currPositionScreen, isEnd);
    let billboardPathRange = getClippedPathRange(
      sourcePathStartScreen.w, sourcePathEndScreen.w
    );
#endif

    prevPositionScreen = clipLine(prevPositionScreen, currPositionScreen);
    nextPositionScreen = clipLine(nextPositionScreen, currPositionScreen);
    currPositionScreen = clipLine(currPositionScreen, mix(nextPositionScreen, prevPositionScreen, isEnd));

#ifdef ANTIALIASING
    let coverageScale = select(
      1.0,
      (widthPixels + 0.5 / project.devicePixelRatio) / max(widthPixels, 1e-6),
      widthPixels > 0.0
    );
#endif
#ifdef DASH_ENABLED
    let currentDeltaCommon = select(
      nextPositionCommon - currPositionCommon,
      currPositionCommon - prevPositionCommon,
      isEnd > 0.0
    );
    let billboardPathLength = select(
      0.0,
      length(currentDeltaCommon) * project.scale / (widthPixels * project.focalDistance),
      widthPixels > 0.0
    );
#endif
    let join = getLineJoinOffset(
      prevPositionScreen.xyz / prevPositionScreen.w,
      currPositionScreen.xyz / currPositionScreen.w,
      nextPositionScreen.xyz / nextPositionScreen.w,
      project_pixel_size_to_clipspace(vec2<f32>(widthPixels, widthPixels)),
#ifdef DASH_ENABLED
      billboardPathLength,
      billboardPathRange,
#endif
#ifdef ANTIALIASING
      coverageScale,
#endif
      attributes.positions,
      attributes.instanceTypes
    );
#ifdef DASH_ENABLED
    // Phase and justification use the complete source segment, while cap and joint coverage
    // must still recognize the endpoints moved by clipLine.
    varyings.vPathBounds = billboardPathLength * billboardPathRange;
#endif

    geometry.uv = join.pathPosition;
    varyings.position = vec4<f32>(
      currPositionScreen.xyz + join.offset * currPositionScreen.w,
      currPositionScreen.w
    );
    varyings.vCornerOffset = join.cornerOffset;
    varyings.vMiterLength = join.miterLength;
    varyings.vPathPosition = join.pathPosition;
    varyings.vPathLength = join.pathLength;
    varyings.vJointType = join.jointType;
  } else {
    let prevPositionCommon = project_position_vec3_f64(prevPosition, prevPosition64Low);
    let currPositionCommon = project_position_vec3_f64(currPosition, currPosition64Low);
    let nextPositionCommon = project_position_vec3_f64(nextPosition, nextPosition64Low);

    let width = vec2<f32>(
      project_pixel_size_float(widthPixels),
      project_pixel_size_float(widthPixels)
    );
#ifdef ANTIALIASING
    let coverageScale = select(
      1.0,
      (widthPixels + 0.5 / project.devicePixelRatio) / max(widthPixels, 1e-6),
      widthPixels > 0.0
    );
#endif
    let join = getLineJoinOffset(
      prevPositionCommon,
      currPositionCommon,
      nextPositionCommon,
      width,
#ifdef DASH_ENABLED
      1.0,
      vec2<f32>(0.0, 1.0),
#endif
#ifdef ANTIALIASING
      coverageScale,
#endif
      attributes.positions,
      attributes.instanceTypes
    );
#ifdef DASH_ENABLED
    varyings.vPathBounds = vec2<f32>(0.0, join.pathLength);
#endif

    geometry.position = vec4<f32>(currPositionCommon + join.offset, 1.0);
    geometry.uv = join.pathPosition;
    varyings.position = project_common_position_to_clipspace(geometry.position);
    varyings.vCornerOffset = join.cornerOffset;
    varyings.vMiterLength = join.miterLength;
    varyings.vPathPosition = join.pathPosition;
    varyings.vPathLength = join.pathLength;
    varyings.vJointType = join.jointType;
  }

  varyings.clipCoordinates = geometry.position.xy;
  clip_filterPosition(&varyings.position, geometry.worldPosition.xy);

  varyings.vColor = vec4<f32>(
    attributes.instanceColors.rgb,
    attributes.instanceColors.a * layer.opacity
  );
  return varyings;
}

@fragment
fn fragmentMain(varyings: Varyings) -> @location(0) vec4<f32> {
  geometry.uv = varyings.vPathPosition;

#ifdef ANTIALIASING
  // Coordinates of the outer silhouette, in units of half-width: rounded joints and caps are
  // bounded by the corner offset, everywhere else by the edge of the stroke. Dividing by the
  // screen-space derivative converts the distance to the boundary into device pixels, which stays
  // correct under perspective foreshortening and under extensions that rescale the stroke.
#ifdef DASH_ENABLED
  let isCorner =
    varyings.vPathPosition.y < varyings.vPathBounds.x ||
    varyings.vPathPosition.y > varyings.vPathBounds.y;
#else
  let isCorner = varyings.vPathPosition.y < 0.0 || varyings.vPathPosition.y > varyings.vPathLength;
#endif
  let isRound = varyings.vJointType > 0.5;

  // Distance to the silhouette in device pixels, from the derivative of the coordinate that
  // bounds it. Computed before the discards below: derivatives need uniform control flow and are
  // undefined after a discard in the quad. See dev-docs/RFCs/v9.4/analytic-antialiasing-rfc.md
  let bodyCoord = abs(varyings.vPathPosition.x);
  let cornerCoord = length(varyings.vCornerOffset);
  // Both evaluated so each derivative stays on one field across the corner/body boundary
  let bodyPixels = (1.0 - bodyCoord) / max(fwidth(bodyCoord), 1e-6);
  let cornerPixels = (1.0 - cornerCoord) / max(fwidth(cornerCoord), 1e-6);
#ifdef PATH_STYLE_OFFSET
  // Rounded corners still intersect the stroke-width envelope. Extensions may remap
  // vPathPosition.x independently of vCornerOffset, as PathStyleExtension does for offsets.
  let edgePixels = select(bodyPixels, min(cornerPixels, bodyPixels), isRound && isCorner);
#else
  let edgePixels = select(bodyPixels, cornerPixels, isRound && isCorner);
#endif

  // Fragments outside the coverage ramp must not write depth or picking colors.
  if (edgePixels <= -SMOOTH_EDGE_RADIUS) {
    discard;
  }

  if (isCorner) {
    if (!isRound && varyings.vMiterLength > path.miterLimit + 1.0) {
      discard;
    }
  }

  var color = varyings.vColor;

  // Feather one device pixel across the width only, before premultiplication. edgePixels is a
  // signed device-pixel distance and SMOOTH_EDGE_RADIUS is 0.5, so this ramps across one pixel.
  color.a *= smoothedge(0.0, edgePixels);
#else
#ifdef DASH_ENABLED
  if (
    varyings.vPathPosition.y < varyings.vPathBounds.x ||
    varyings.vPathPosition.y > varyings.vPathBounds.y
  ) {
#else
  if (
    varyings.vPathPosition.y < 0.0 ||
    varyings.vPathPosition.y > varyings.vPathLength
  ) {
#endif
    if (varyings.vJointType > 0.5 && length(varyings.vCornerOffset) > 1.0) {
      discard;
    }
    if (
      varyings.vJointType < 0.5 &&
      varyings.vMiterLength > path.miterLimit + 1.0
    ) {
      discard;
    }
  }
#endif

  // Fragment-layer injections that discard pixels must run after analytic coverage derivatives.
  // See TripsLayer, which rejects fragments outside of the active time window at this anchor.
  // DECKGL_FILTER_COLOR
  clip_filterColor(varyings.clipCoordinates);
#ifdef ANTIALIASING
  return deckgl_premultiplied_alpha(color);
#else
  return deckgl_premultiplied_alpha(varyings.vColor);
#endif
}
`;var RS=`#version 300 es
#define SHADER_NAME path-layer-vertex-shader
in vec2 positions;
in float instanceTypes;
in vec3 instanceStartPositions;
in vec3 instanceEndPositions;
in vec3 instanceLeftPositions;
in vec3 instanceRightPositions;
in vec3 instanceLeftPositions64Low;
in vec3 instanceStartPositions64Low;
in vec3 instanceEndPositions64Low;
in vec3 instanceRightPositions64Low;
in float instanceStrokeWidths;
in vec4 instanceColors;
in float rowIndexes;
uniform float opacity;
out vec4 vColor;
out vec2 vCornerOffset;
out float vMiterLength;
out vec2 vPathPosition;
out float vPathLength;
out float vJointType;
#ifdef DASH_ENABLED
out vec2 vPathBounds;
#endif
const float EPSILON = 0.001;
const vec3 ZERO_OFFSET = vec3(0.0);
float flipIfTrue(bool flag) {
return -(float(flag) * 2. - 1.);
}
vec3 getLineJoinOffset(
vec3 prevPoint, vec3 currPoint, vec3 nextPoint,
vec2 width
#ifdef DASH_ENABLED
, float sourcePathLength, vec2 sourcePathRange
#endif
#ifdef ANTIALIASING
, float coverageScale
#endif
) {
bool isEnd = positions.x > 0.0;
float sideOfPath = positions.y;
float isJoint = float(sideOfPath == 0.0);
vec3 deltaA3 = (currPoint - prevPoint);
vec3 deltaB3 = (nextPoint - currPoint);
mat3 rotationMatrix;
bool needsRotation = !path.billboard && project_needs_rotation(currPoint, rotationMatrix);
if (needsRotation) {
deltaA3 = deltaA3 * rotationMatrix;
deltaB3 = deltaB3 * rotationMatrix;
}
vec2 deltaA = deltaA3.xy / width;
vec2 deltaB = deltaB3.xy / width;
float lenA = length(deltaA);
float lenB = length(deltaB);
vec2 dirA = lenA > 0. ? normalize(deltaA) : vec2(0.0, 0.0);
vec2 dirB = lenB > 0. ? normalize(deltaB) : vec2(0.0, 0.0);
vec2 perpA = vec2(-dirA.y, dirA.x);
vec2 perpB = vec2(-dirB.y, dirB.x);
vec2 tangent = dirA + dirB;
tangent = length(tangent) > 0. ? normalize(tangent) : perpA;
vec2 miterVec = vec2(-tangent.y, tangent.x);
vec2 dir = isEnd ? dirA : dirB;
vec2 perp = isEnd ? perpA : perpB;
float L = isEnd ? lenA : lenB;
#ifdef DASH_ENABLED
vec3 currDelta3 = isEnd ? deltaA3 : deltaB3;
float currLength2D = length(currDelta3.xy);
float arcLengthRatio = 1.0;
float pathPositionOffset = 0.0;
float pathLength = L;
if (path.billboard) {
float visiblePathLength = sourcePathLength * (sourcePathRange.y - sourcePathRange.x);
arcLengthRatio = L > 0.0 ? visiblePathLength / L : 0.0;
pathPositionOffset = sourcePathLength * sourcePathRange.x;
pathLength = sourcePathLength;
} else if (currLength2D > 0.0) {
arcLengthRatio = length(currDelta3) / currLength2D;
pathLength = L * arcLengthRatio;
}
#endif
float sinHalfA = abs(dot(miterVec, perp));
float cosHalfA = abs(dot(dirA, miterVec));
float turnDirection = flipIfTrue(dirA.x * dirB.y >= dirA.y * dirB.x);
float cornerPosition = sideOfPath * turnDirection;
float miterSize = 1.0 / max(sinHalfA, EPSILON);
miterSize = mix(
min(miterSize, max(lenA, lenB) / max(cosHalfA, EPSILON)),
miterSize,
step(0.0, cornerPosition)
);
vec2 offsetVec = mix(miterVec * miterSize, perp, step(0.5, cornerPosition))
* (sideOfPath + isJoint * turnDirection);
bool isStartCap = lenA == 0.0 || (!isEnd && (instanceTypes == 1.0 || instanceTypes == 3.0));
bool isEndCap = lenB == 0.0 || (isEnd && (instanceTypes == 2.0 || instanceTypes == 3.0));
bool isCap = isStartCap || isEndCap;
if (isCap) {
offsetVec = mix(perp * sideOfPath, dir * path.capType * 4.0 * flipIfTrue(isStartCap), isJoint);
vJointType = path.capType;
} else {
vJointType = path.jointType;
}
#ifdef ANTIALIASING
vec2 coverageOffsetVec = offsetVec * coverageScale;
#ifdef DASH_ENABLED
vPathLength = pathLength;
#else
vPathLength = L;
#endif
vCornerOffset = coverageOffsetVec;
vMiterLength = dot(vCornerOffset, miterVec * turnDirection);
vMiterLength = isCap ? isJoint : vMiterLength;
vec2 offsetFromStartOfPath = coverageOffsetVec + deltaA * float(isEnd);
vPathPosition = vec2(
dot(offsetFromStartOfPath, perp),
#ifdef DASH_ENABLED
pathPositionOffset + dot(offsetFromStartOfPath, dir) * arcLengthRatio
#else
dot(offsetFromStartOfPath, dir)
#endif
);
geometry.uv = vPathPosition;
float isValid = step(instanceTypes, 3.5);
vec3 offset = vec3(coverageOffsetVec * width * isValid, 0.0);
#else
#ifdef DASH_ENABLED
vPathLength = pathLength;
#else
vPathLength = L;
#endif
vCornerOffset = offsetVec;
vMiterLength = dot(vCornerOffset, miterVec * turnDirection);
vMiterLength = isCap ? isJoint : vMiterLength;
vec2 offsetFromStartOfPath = vCornerOffset + deltaA * float(isEnd);
vPathPosition = vec2(
dot(offsetFromStartOfPath, perp),
#ifdef DASH_ENABLED
pathPositionOffset + dot(offsetFromStartOfPath, dir) * arcLengthRatio
#else
dot(offsetFromStartOfPath, dir)
#endif
);
geometry.uv = vPathPosition;
float isValid = step(instanceTypes, 3.5);
vec3 offset = vec3(offsetVec * width * isValid, 0.0);
#endif
if (needsRotation) {
offset = rotationMatrix * offset;
}
return offset;
}
void clipLine(inout vec4 position, vec4 refPosition) {
if (position.w < EPSILON) {
float r = (EPSILON - refPosition.w) / (position.w - refPosition.w);
position = refPosition + (position - refPosition) * r;
}
}
#ifdef DASH_ENABLED
vec2 getClippedPathRange(float startW, float endW) {
bool startClipped = startW < EPSILON;
bool endClipped = endW < EPSILON;
if (startClipped && endClipped) {
return vec2(0.0);
}
if (startClipped || endClipped) {
float intersection = clamp((EPSILON - startW) / (endW - startW), 0.0, 1.0);
return startClipped ? vec2(intersection, 1.0) : vec2(0.0, intersection);
}
return vec2(0.0, 1.0);
}
#endif
void main() {
geometry.pickingColor = picking_getPickingColorFromIndex(rowIndexes);
vColor = vec4(instanceColors.rgb, instanceColors.a * layer.opacity);
float isEnd = positions.x;
vec3 prevPosition = mix(instanceLeftPositions, instanceStartPositions, isEnd);
vec3 prevPosition64Low = mix(instanceLeftPositions64Low, instanceStartPositions64Low, isEnd);
vec3 currPosition = mix(instanceStartPositions, instanceEndPositions, isEnd);
vec3 currPosition64Low = mix(instanceStartPositions64Low, instanceEndPositions64Low, isEnd);
vec3 nextPosition = mix(instanceEndPositions, instanceRightPositions, isEnd);
vec3 nextPosition64Low = mix(instanceEndPositions64Low, instanceRightPositions64Low, isEnd);
geometry.worldPosition = currPosition;
vec2 widthPixels = vec2(clamp(
project_size_to_pixel(instanceStrokeWidths * path.widthScale, path.widthUnits),
path.widthMinPixels, path.widthMaxPixels) / 2.0);
vec3 width;
if (path.billboard) {
#ifdef DASH_ENABLED
vec4 prevPositionCommon;
vec4 nextPositionCommon;
vec4 prevPositionScreen = project_position_to_clipspace(
prevPosition, prevPosition64Low, ZERO_OFFSET, prevPositionCommon
);
#else
vec4 prevPositionScreen = project_position_to_clipspace(
prevPosition, prevPosition64Low, ZERO_OFFSET
);
#endif
vec4 currPositionScreen = project_position_to_clipspace(currPosition, currPosition64Low, ZERO_OFFSET, geometry.position);
#ifdef DASH_ENABLED
vec4 nextPositionScreen = project_position_to_clipspace(
nextPosition, nextPosition64Low, ZERO_OFFSET, nextPositionCommon
);
#else
vec4 nextPositionScreen = project_position_to_clipspace(
nextPosition, nextPosition64Low, ZERO_OFFSET
);
#endif
#ifdef DASH_ENABLED
vec4 sourcePathStartScreen = mix(currPositionScreen, prevPositionScreen, isEnd);
vec4 sourcePathEndScreen = mix(nextPositionScreen, currPositionScreen, isEnd);
vec2 billboardPathRange = getClippedPathRange(
sourcePathStartScreen.w, sourcePathEndScreen.w
);
#endif
clipLine(prevPositionScreen, currPositionScreen);
clipLine(nextPositionScreen, currPositionScreen);
clipLine(currPositionScreen, mix(nextPositionScreen, prevPositionScreen, isEnd));
width = vec3(widthPixels, 0.0);
DECKGL_FILTER_SIZE(width, geometry);
#ifdef ANTIALIASING
vec2 coveragePadding = vec2(0.5 / project.devicePixelRatio);
float coverageScale = length(width.xy) > 0.0
? length(width.xy + coveragePadding) / length(width.xy)
: 1.0;
#endif
#ifdef DASH_ENABLED
vec3 currentDeltaCommon = isEnd > 0.0
? geometry.position.xyz - prevPositionCommon.xyz
: nextPositionCommon.xyz - geometry.position.xyz;
float billboardPathLength = width.x > 0.0
? length(currentDeltaCommon) * project.scale / (width.x * project.focalDistance)
: 0.0;
#endif
vec3 offset = getLineJoinOffset(
prevPositionScreen.xyz / prevPositionScreen.w,
currPositionScreen.xyz / currPositionScreen.w,
nextPositionScreen.xyz / nextPositionScreen.w,
project_pixel_size_to_clipspace(width.xy)
#ifdef DASH_ENABLED
,
billboardPathLength, billboardPathRange
#endif
#ifdef ANTIALIASING
,
coverageScale
#endif
);
#ifdef DASH_ENABLED
vPathBounds = billboardPathLength * billboardPathRange;
#endif
DECKGL_FILTER_GL_POSITION(currPositionScreen, geometry);
gl_Position = vec4(currPositionScreen.xyz + offset * currPositionScreen.w, currPositionScreen.w);
} else {
prevPosition = project_position(prevPosition, prevPosition64Low);
currPosition = project_position(currPosition, currPosition64Low);
nextPosition = project_position(nextPosition, nextPosition64Low);
width = vec3(project_pixel_size(widthPixels), 0.0);
DECKGL_FILTER_SIZE(width, geometry);
#ifdef ANTIALIASING
vec2 coveragePadding = project_pixel_size(vec2(0.5 / project.devicePixelRatio));
float coverageScale = length(width.xy) > 0.0
? length(width.xy + coveragePadding) / length(width.xy)
: 1.0;
#endif
vec3 offset = getLineJoinOffset(
prevPosition, currPosition, nextPosition, width.xy
#ifdef DASH_ENABLED
, 1.0, vec2(0.0, 1.0)
#endif
#ifdef ANTIALIASING
, coverageScale
#endif
);
#ifdef DASH_ENABLED
vPathBounds = vec2(0.0, vPathLength);
#endif
geometry.position = vec4(currPosition + offset, 1.0);
gl_Position = project_common_position_to_clipspace(geometry.position);
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
}
DECKGL_FILTER_COLOR(vColor, geometry);
}
`;var DS=`#version 300 es
#define SHADER_NAME path-layer-fragment-shader
precision highp float;
in vec4 vColor;
in vec2 vCornerOffset;
in float vMiterLength;
in vec2 vPathPosition;
in float vPathLength;
in float vJointType;
#ifdef DASH_ENABLED
in vec2 vPathBounds;
#endif
out vec4 fragColor;
void main(void) {
geometry.uv = vPathPosition;
#ifdef ANTIALIASING
#ifdef DASH_ENABLED
bool isCorner = vPathPosition.y < vPathBounds.x || vPathPosition.y > vPathBounds.y;
#else
bool isCorner = vPathPosition.y < 0.0 || vPathPosition.y > vPathLength;
#endif
bool isRound = vJointType > 0.5;
float bodyCoord = abs(vPathPosition.x);
float cornerCoord = length(vCornerOffset);
float bodyPixels = (1.0 - bodyCoord) / max(fwidth(bodyCoord), 1e-6);
float cornerPixels = (1.0 - cornerCoord) / max(fwidth(cornerCoord), 1e-6);
#ifdef PATH_STYLE_OFFSET
float edgePixels = isRound && isCorner ? min(cornerPixels, bodyPixels) : bodyPixels;
#else
float edgePixels = isRound && isCorner ? cornerPixels : bodyPixels;
#endif
if (edgePixels <= -SMOOTH_EDGE_RADIUS) {
discard;
}
if (isCorner) {
if (!isRound && vMiterLength > path.miterLimit + 1.0) {
discard;
}
}
fragColor = vColor;
fragColor.a *= smoothedge(0.0, edgePixels);
#else
#ifdef DASH_ENABLED
if (vPathPosition.y < vPathBounds.x || vPathPosition.y > vPathBounds.y) {
#else
if (vPathPosition.y < 0.0 || vPathPosition.y > vPathLength) {
#endif
if (vJointType > 0.5 && length(vCornerOffset) > 1.0) {
discard;
}
if (vJointType < 0.5 && vMiterLength > path.miterLimit + 1.0) {
discard;
}
}
fragColor = vColor;
#endif
DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;var FS=[0,0,0,255],g3={widthUnits:"meters",widthScale:{type:"number",min:0,value:1},widthMinPixels:{type:"number",min:0,value:0},widthMaxPixels:{type:"number",min:0,value:Number.MAX_SAFE_INTEGER},jointRounded:!1,capRounded:!1,miterLimit:{type:"number",min:0,value:4},antialiasing:!1,billboard:!1,_pathType:null,getPath:{type:"accessor",value:i=>i.path},getColor:{type:"accessor",value:FS},getWidth:{type:"accessor",value:1},rounded:{deprecatedFor:["jointRounded","capRounded"]}},kg={enter:(i,t)=>t.length?t.subarray(t.length-i.length):i};function y3(i){if(i.isGeospatial)return null;let{unitsPerMeter:t}=i.distanceScales;return[t[0],t[1],t[2]]}function kS(i,t){return i===t||!!(i&&t&&i.length===t.length&&i.every((e,r)=>e===t[r]))}var tl=class extends xe{getShaders(){let{antialiasing:t}=this.props;return super.getShaders({vs:RS,fs:DS,source:BS,defines:t?{ANTIALIASING:1}:{},modules:[Ie,Ee,Te,OS,...this.context.device.type==="webgpu"?[fo]:[]]})}get wrapLongitude(){return!1}getBounds(){return this.context.device.type==="webgpu"?null:this.getAttributeManager()?.getBounds(["vertexPositions"])}getPathProjectionScale(t){let e=this.props.coordinateSystem;if(!!!this.getAttributeManager()?.getAttributes().instanceDashOffsets)return null;if(t instanceof Dr&&t.zoom>=12&&(e==="default"||e==="lnglat"||e==="cartesian")){let o=Br.getUniforms({viewport:t,coordinateSystem:e,coordinateOrigin:this.props.coordinateOrigin,autoWrapLongitude:this.wrapLongitude});return[t.projectionMode,o.coordinateOrigin[1],o.commonOrigin[1],...o.commonUnitsPerWorldUnit,...o.commonUnitsPerWorldUnit2,o.commonUnitsPerMeter[2]]}let s=y3(t);return s?[t.projectionMode,...s]:[t.projectionMode]}shouldUpdateState(t){let{viewport:e}=this.context;return super.shouldUpdateState(t)||this.state?.tessellationResolution!==e.resolution||!kS(this.state?.pathProjectionScale,this.getPathProjectionScale(e))}initializeState(){let e=this.context.device.type==="webgpu";this.getAttributeManager().addInstanced({...e?{pathPositions:{size:24,type:"float32",transition:!1,accessor:"getPath",update:this.calculateWebGPUPositions,shaderAttributes:{instanceLeftPositions:{size:3,elementOffset:0},instanceStartPositions:{size:3,elementOffset:3},instanceEndPositions:{size:3,elementOffset:6},instanceRightPositions:{size:3,elementOffset:9},instanceLeftPositions64Low:{size:3,elementOffset:12},instanceStartPositions64Low:{size:3,elementOffset:15},instanceEndPositions64Low:{size:3,elementOffset:18},instanceRightPositions64Low:{size:3,elementOffset:21}},noAlloc:!0}}:{vertexPositions:{size:3,vertexOffset:1,type:"float64",fp64:this.use64bitPositions(),transition:kg,accessor:"getPath",update:this.calculatePositions,noAlloc:!0,shaderAttributes:{instanceLeftPositions:{vertexOffset:0},instanceStartPositions:{vertexOffset:1},instanceEndPositions:{vertexOffset:2},instanceRightPositions:{vertexOffset:3}}}},instanceTypes:{size:1,type:e?"float32":"uint8",update:this.calculateSegmentTypes,noAlloc:!0},instanceStrokeWidths:{size:1,accessor:"getWidth",transition:e?!1:kg,defaultValue:1,bufferGroup:"path-instance-data"},instanceColors:{size:this.props.colorFormat.length,type:"unorm8",accessor:"getColor",transition:e?!1:kg,defaultValue:FS,bufferGroup:"path-instance-data"},rowIndexes:{size:1,type:"uint32",accessor:(n,{index:s})=>n&&n.__source?n.__source.index:s,bufferGroup:"path-instance-data"}}),this.setState({pathTesselator:new Qc({fp64:this.use64bitPositions(),isWebGPU:e}),tessellationResolution:this.context.viewport.resolution,pathProjectionScale:this.getPathProjectionScale(this.context.viewport)})}updateState(t){super.updateState(t);let{props:e,oldProps:r,changeFlags:n}=t,s=this.getAttributeManager(),{viewport:o}=this.context,a=this.state.tessellationResolution!==o.resolution,c=this.getPathProjectionScale(o),l=!kS(this.state.pathProjectionScale,c),u=n.updateTriggersChanged&&(n.updateTriggersChanged.all||n.updateTriggersChanged.getPath)||e._pathType!==r._pathType||e.positionFormat!==r.positionFormat||e.wrapLongitude!==r.wrapLongitude||a;if(n.dataChanged||u){let{pathTesselator:h}=this.state,p=e.data.attributes||{};h.updateGeometry({data:e.data,geometryBuffer:p.getPath,buffers:p,normalize:!e._pathType,loop:e._pathType==="loop",getGeometry:e.getPath,positionFormat:e.positionFormat,wrapLongitude:e.wrapLongitude,resolution:o.resolution,dataChanged:u?void 0:n.dataChanged}),this.setState({numInstances:h.instanceCount,startIndices:h.vertexStarts,tessellationResolution:o.resolution,pathProjectionScale:c}),!n.dataChanged||u?s.invalidateAll():l&&s.invalidate("instanceDashOffsets")}else l&&(this.setState({pathProjectionScale:c}),s.invalidate("instanceDashOffsets"));(n.extensionsChanged||e.antialiasing!==r.antialiasing)&&(this.state.model?.destroy(),this.state.model=this._getModel(),s.invalidateAll())}getPickingInfo(t){let e=super.getPickingInfo(t),{index:r}=e,n=this.props.data;return n[0]&&n[0].__source&&(e.object=n.find(s=>s.__source.index===r)),e}disablePickingIndex(t){let e=this.props.data;if(e[0]&&e[0].__source)for(let r=0;r<e.length;r++)e[r].__source.index===t&&this._disablePickingIndex(r);else super.disablePickingIndex(t)}draw({uniforms:t}){let{jointRounded:e,capRounded:r,billboard:n,miterLimit:s,widthUnits:o,widthScale:a,widthMinPixels:c,widthMaxPixels:l}=this.props,f=this.state.model,u={jointType:Number(e),capType:Number(r),billboard:n,widthUnits:qt[o],widthScale:a,miterLimit:s,widthMinPixels:c,widthMaxPixels:l};f.shaderInputs.setProps({path:u}),f.draw(this.context.renderPass)}_getModel(){let t=[0,1,2,1,4,2,1,3,4,3,5,4],e=[0,0,0,-1,0,1,1,-1,1,1,1,0];return new ne(this.context.device,{...this.getShaders(),id:this.props.id,bufferLayout:this.getAttributeManager().getBufferLayouts(),geometry:new Le({topology:"triangle-list",attributes:{indices:new Uint16Array(t),positions:{value:new Float32Array(e),size:2}}}),isInstanced:!0})}calculatePositions(t){let{pathTesselator:e}=this.state;t.startIndices=e.vertexStarts,t.value=e.get("positions")}calculateSegmentTypes(t){let{pathTesselator:e}=this.state;t.startIndices=e.vertexStarts,t.value=e.get("segmentTypes")}calculateWebGPUPositions(t){let{pathTesselator:e}=this.state,r=e.get("positions");if(!r){t.value=null;return}let n=e.instanceCount,s=new Float32Array(n*24),o=[-1,0,1,2];for(let a=0;a<n;a++){let c=a*24;for(let l=0;l<4;l++){let f=a+o[l],u=c+l*3;for(let d=0;d<3;d++){let h=f>=0&&f<n?r[f*3+d]:0,p=Math.fround(h);s[u+d]=p,s[u+d+12]=h-p}}}t.startIndices=e.vertexStarts,t.value=s}};tl.defaultProps=g3;tl.layerName="PathLayer";var Id=tl;var YS=ey(jS(),1);var Ld=wd.CLOCKWISE,WS=wd.COUNTER_CLOCKWISE,mn={isClosed:!0};function B3(i){if(i=i&&i.positions||i,!Array.isArray(i)&&!ArrayBuffer.isView(i))throw new Error("invalid polygon")}function ho(i){return"positions"in i?i.positions:i}function nl(i){return"holeIndices"in i?i.holeIndices:null}function R3(i){return Array.isArray(i[0])}function D3(i){return i.length>=1&&i[0].length>=2&&Number.isFinite(i[0][0])}function k3(i){let t=i[0],e=i[i.length-1];return t[0]===e[0]&&t[1]===e[1]&&t[2]===e[2]}function F3(i,t,e,r){for(let n=0;n<t;n++)if(i[e+n]!==i[r-t+n])return!1;return!0}function GS(i,t,e,r,n){let s=t,o=e.length;for(let a=0;a<o;a++)for(let c=0;c<r;c++)i[s++]=e[a][c]||0;if(!k3(e))for(let a=0;a<r;a++)i[s++]=e[0][a]||0;return mn.start=t,mn.end=s,mn.size=r,Yc(i,n,mn),s}function HS(i,t,e,r,n=0,s,o){s=s||e.length;let a=s-n;if(a<=0)return t;let c=t;for(let l=0;l<a;l++)i[c++]=e[n+l];if(!F3(e,r,n,s))for(let l=0;l<r;l++)i[c++]=e[n+l];return mn.start=t,mn.end=c,mn.size=r,Yc(i,o,mn),c}function Od(i,t){B3(i);let e=[],r=[];if("positions"in i){let{positions:n,holeIndices:s}=i;if(s){let o=0;for(let a=0;a<=s.length;a++)o=HS(e,o,n,t,s[a-1],s[a],a===0?Ld:WS),r.push(o);return r.pop(),{positions:e,holeIndices:r}}i=n}if(!R3(i))return HS(e,0,i,t,0,e.length,Ld),e;if(!D3(i)){let n=0;for(let[s,o]of i.entries())n=GS(e,n,o,t,s===0?Ld:WS),r.push(n);return r.pop(),{positions:e,holeIndices:r}}return GS(e,0,i,t,Ld),e}function Vg(i,t,e){let r=i.length/3,n=0;for(let s=0;s<r;s++){let o=(s+1)%r;n+=i[s*3+t]*i[o*3+e],n-=i[o*3+t]*i[s*3+e]}return Math.abs(n/2)}function $S(i,t,e,r){let n=i.length/3;for(let s=0;s<n;s++){let o=s*3,a=i[o+0],c=i[o+1],l=i[o+2];i[o+t]=a,i[o+e]=c,i[o+r]=l}}function ZS(i,t,e,r){let n=nl(i);n&&(n=n.map(a=>a/t));let s=ho(i),o=r&&t===3;if(e){let a=s.length;s=s.slice();let c=[];for(let l=0;l<a;l+=t){c[0]=s[l],c[1]=s[l+1],o&&(c[2]=s[l+2]);let f=e(c);s[l]=f[0],s[l+1]=f[1],o&&(s[l+2]=f[2])}}if(o){let a=Vg(s,0,1),c=Vg(s,0,2),l=Vg(s,1,2);if(!a&&!c&&!l)return[];a>c&&a>l||(c>l?(e||(s=s.slice()),$S(s,0,2,1)):(e||(s=s.slice()),$S(s,2,0,1)))}return(0,YS.default)(s,n,t)}var sl=class extends dn{constructor(t){let{fp64:e,IndexType:r=Uint32Array}=t;super({...t,attributes:{positions:{size:3,type:e?Float64Array:Float32Array},vertexValid:{type:Uint16Array,size:1},indices:{type:r,size:1}}})}get(t){let{attributes:e}=this;return t==="indices"?e.indices&&e.indices.subarray(0,this.vertexCount):e[t]}updateGeometry(t){super.updateGeometry(t);let e=this.buffers.indices;if(e)this.vertexCount=(e.value||e).length;else if(this.data&&!this.getGeometry)throw new Error("missing indices buffer")}normalizeGeometry(t){if(this.normalize){let e=Od(t,this.positionSize);return this.opts.resolution?Kc(ho(e),nl(e),{size:this.positionSize,gridResolution:this.opts.resolution,edgeTypes:!0}):this.opts.wrapLongitude?Dg(ho(e),nl(e),{size:this.positionSize,maxLatitude:86,edgeTypes:!0}):e}return t}getGeometrySize(t){if(XS(t)){let e=0;for(let r of t)e+=this.getGeometrySize(r);return e}return ho(t).length/this.positionSize}getGeometryFromBuffer(t){return this.normalize||!this.buffers.indices?super.getGeometryFromBuffer(t):null}updateGeometryAttributes(t,e){if(t&&XS(t))for(let r of t){let n=this.getGeometrySize(r);e.geometrySize=n,this.updateGeometryAttributes(r,e),e.vertexStart+=n,e.indexStart=this.indexStarts[e.geometryIndex+1]}else{let r=t;this._updateIndices(r,e),this._updatePositions(r,e),this._updateVertexValid(r,e)}}_updateIndices(t,{geometryIndex:e,vertexStart:r,indexStart:n}){let{attributes:s,indexStarts:o,typedArrayManager:a}=this,c=s.indices;if(!c||!t)return;let l=n,f=ZS(t,this.positionSize,this.opts.preproject,this.opts.full3d);c=a.allocate(c,n+f.length,{copy:!0});for(let u=0;u<f.length;u++)c[l++]=f[u]+r;o[e+1]=n+f.length,s.indices=c}_updatePositions(t,{vertexStart:e,geometrySize:r}){let{attributes:{positions:n},positionSize:s}=this;if(!n||!t)return;let o=ho(t);for(let a=e,c=0;c<r;a++,c++){let l=o[c*s],f=o[c*s+1],u=s>2?o[c*s+2]:0;n[a*3]=l,n[a*3+1]=f,n[a*3+2]=u}}_updateVertexValid(t,{vertexStart:e,geometrySize:r}){let{positionSize:n}=this,s=this.attributes.vertexValid,o=t&&nl(t);if(t&&t.edgeTypes?s.set(t.edgeTypes,e):s.fill(1,e,e+r),o)for(let a=0;a<o.length;a++)s[e+o[a]/n-1]=0;s[e+r-1]=0}};function XS(i){return Array.isArray(i)&&i.length>0&&!Number.isFinite(i[0])}var N3=`struct SolidPolygonUniforms {
  extruded: f32,
  isWireframe: f32,
  elevationScale: f32,
};

@group(0) @binding(auto) var<uniform> solidPolygon: SolidPolygonUniforms;
`,KS=`layout(std140) uniform solidPolygonUniforms {
  bool extruded;
  bool isWireframe;
  float elevationScale;
} solidPolygon;
`,JS={name:"solidPolygon",source:N3,vs:KS,fs:KS,uniformTypes:{extruded:"f32",isWireframe:"f32",elevationScale:"f32"}};var Bd=`in vec4 fillColors;
in vec4 lineColors;
in float rowIndexes;
out vec4 vColor;
struct PolygonProps {
vec3 positions;
vec3 positions64Low;
vec3 normal;
float elevations;
};
vec3 project_offset_normal(vec3 vector) {
if (project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT ||
project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT_OFFSETS) {
return normalize(vector * project.commonUnitsPerWorldUnit);
}
return project_normal(vector);
}
void calculatePosition(PolygonProps props) {
vec3 pos = props.positions;
vec3 pos64Low = props.positions64Low;
vec3 normal = props.normal;
vec4 colors = solidPolygon.isWireframe ? lineColors : fillColors;
geometry.worldPosition = props.positions;
geometry.pickingColor = picking_getPickingColorFromIndex(rowIndexes);
if (solidPolygon.extruded) {
pos.z += props.elevations * solidPolygon.elevationScale;
}
gl_Position = project_position_to_clipspace(pos, pos64Low, vec3(0.), geometry.position);
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
if (solidPolygon.extruded) {
#ifdef IS_SIDE_VERTEX
normal = project_offset_normal(normal);
#else
normal = project_normal(normal);
#endif
geometry.normal = normal;
vec3 lightColor = lighting_getLightColor(colors.rgb, project.cameraPosition, geometry.position.xyz, geometry.normal);
vColor = vec4(lightColor, colors.a * layer.opacity);
} else {
vColor = vec4(colors.rgb, colors.a * layer.opacity);
}
DECKGL_FILTER_COLOR(vColor, geometry);
}
`;var QS=`#version 300 es
#define SHADER_NAME solid-polygon-layer-vertex-shader
in vec3 vertexPositions;
in vec3 vertexPositions64Low;
in float elevations;
${Bd}
void main(void) {
PolygonProps props;
props.positions = vertexPositions;
props.positions64Low = vertexPositions64Low;
props.elevations = elevations;
props.normal = vec3(0.0, 0.0, 1.0);
calculatePosition(props);
}
`;var tP=`#version 300 es
#define SHADER_NAME solid-polygon-layer-vertex-shader-side
#define IS_SIDE_VERTEX
in vec2 positions;
in vec3 vertexPositions;
in vec3 nextVertexPositions;
in vec3 vertexPositions64Low;
in vec3 nextVertexPositions64Low;
in float elevations;
in float instanceVertexValid;
${Bd}
void main(void) {
if(instanceVertexValid < 0.5){
gl_Position = vec4(0.);
return;
}
PolygonProps props;
vec3 pos;
vec3 pos64Low;
vec3 nextPos;
vec3 nextPos64Low;
#if RING_WINDING_ORDER_CW == 1
pos = vertexPositions;
pos64Low = vertexPositions64Low;
nextPos = nextVertexPositions;
nextPos64Low = nextVertexPositions64Low;
#else
pos = nextVertexPositions;
pos64Low = nextVertexPositions64Low;
nextPos = vertexPositions;
nextPos64Low = vertexPositions64Low;
#endif
props.positions = mix(pos, nextPos, positions.x);
props.positions64Low = mix(pos64Low, nextPos64Low, positions.x);
props.normal = vec3(
pos.y - nextPos.y + (pos64Low.y - nextPos64Low.y),
nextPos.x - pos.x + (nextPos64Low.x - pos64Low.x),
0.0);
props.elevations = elevations * positions.y;
calculatePosition(props);
}
`;var eP=`#version 300 es
#define SHADER_NAME solid-polygon-layer-fragment-shader
precision highp float;
in vec4 vColor;
out vec4 fragColor;
void main(void) {
fragColor = vColor;
geometry.uv = vec2(0.);
DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;function iP(){return`fn project_offset_normal(vector: vec3<f32>) -> vec3<f32> {
  if (project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT ||
      project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT_OFFSETS) {
    return normalize(vector * project.commonUnitsPerWorldUnit);
  }
  return project_normal(vector);
}

fn apply_polygon_color(
  colors: vec4<f32>,
  normal: vec3<f32>,
  position: vec4<f32>
) -> vec4<f32> {
  if (solidPolygon.extruded > 0.5) {
    let lightColor = lighting_getLightColor2(
      colors.rgb,
      project.cameraPosition,
      position.xyz,
      normal
    );
    return vec4<f32>(lightColor, colors.a * layer.opacity);
  }
  return vec4<f32>(colors.rgb, colors.a * layer.opacity);
}
`}function rP(){return`@fragment
fn fragmentMain(inp: Varyings) -> @location(0) vec4<f32> {
  geometry.uv = vec2<f32>(0.0, 0.0);

  clip_filterColor(inp.clipCoordinates);

  if (picking.isActive > 0.5) {
    if (!picking_isColorValid(inp.pickingColor)) {
      discard;
    }
    return vec4<f32>(inp.pickingColor, 1.0);
  }

  var fragColor = inp.vColor;

  if (picking.isHighlightActive > 0.5) {
    let highlightedObjectColor = picking_normalizeColor(picking.highlightedObjectColor);
    if (picking_isColorZero(abs(inp.pickingColor - highlightedObjectColor))) {
      let highLightAlpha = picking.highlightColor.a;
      let blendedAlpha = highLightAlpha + fragColor.a * (1.0 - highLightAlpha);
      if (blendedAlpha > 0.0) {
        let highLightRatio = highLightAlpha / blendedAlpha;
        fragColor = vec4<f32>(
          mix(fragColor.rgb, picking.highlightColor.rgb, highLightRatio),
          blendedAlpha
        );
      } else {
        fragColor = vec4<f32>(fragColor.rgb, 0.0);
      }
    }
  }

  return deckgl_premultiplied_alpha(fragColor);
}
`}function U3(){return`${iP()}

struct Attributes {
  @location(0) vertexPositions: vec3<f32>,
  @location(1) vertexPositions64Low: vec3<f32>,
  @location(2) elevations: f32,
  @location(3) fillColors: vec4<f32>,
  @location(4) lineColors: vec4<f32>,
  @location(5) rowIndexes: u32,
};

struct Varyings {
  @builtin(position) position: vec4<f32>,
  @location(0) vColor: vec4<f32>,
  @location(1) pickingColor: vec3<f32>,
  @location(2) clipCoordinates: vec2<f32>,
};

@vertex
fn vertexMain(attributes: Attributes) -> Varyings {
  var outp: Varyings;

  var pos = attributes.vertexPositions;
  if (solidPolygon.extruded > 0.5) {
    pos.z += attributes.elevations * solidPolygon.elevationScale;
  }

  geometry.worldPosition = attributes.vertexPositions;
  geometry.pickingColor = picking_getPickingColorFromIndex(attributes.rowIndexes);

  let projectedPosition = project_position_to_clipspace_and_commonspace(
    pos,
    attributes.vertexPositions64Low,
    vec3<f32>(0.0)
  );
  geometry.position = projectedPosition.commonPosition;
  outp.position = projectedPosition.clipPosition;

  let normal = project_normal(vec3<f32>(0.0, 0.0, 1.0));
  geometry.normal = normal;

  let colors = select(
    attributes.fillColors,
    attributes.lineColors,
    solidPolygon.isWireframe > 0.5
  );
  outp.vColor = apply_polygon_color(colors, normal, geometry.position);
  outp.pickingColor = geometry.pickingColor;

  outp.clipCoordinates = geometry.position.xy;
  clip_filterPosition(&outp.position, geometry.worldPosition.xy);

  return outp;
}

${rP()}
`}function z3(i){return`const RING_WINDING_ORDER_CW: bool = ${i?"true":"false"};

${iP()}

struct Attributes {
  @location(0) positions: vec2<f32>,
  @location(1) vertexPositions: vec3<f32>,
  @location(2) vertexPositions64Low: vec3<f32>,
  @location(3) nextVertexPositions: vec3<f32>,
  @location(4) nextVertexPositions64Low: vec3<f32>,
  @location(5) vertexValid: f32,
  @location(6) elevations: f32,
  @location(7) fillColors: vec4<f32>,
  @location(8) lineColors: vec4<f32>,
  @location(9) rowIndexes: u32,
};

struct Varyings {
  @builtin(position) position: vec4<f32>,
  @location(0) vColor: vec4<f32>,
  @location(1) pickingColor: vec3<f32>,
  @location(2) clipCoordinates: vec2<f32>,
};

@vertex
fn vertexMain(attributes: Attributes) -> Varyings {
  var outp: Varyings;
  outp.position = vec4<f32>(0.0);
  outp.vColor = vec4<f32>(0.0);
  outp.pickingColor = picking_getPickingColorFromIndex(attributes.rowIndexes);
  outp.clipCoordinates = vec2<f32>(0.0);

  if (attributes.vertexValid < 0.5) {
    return outp;
  }

  let pos = select(attributes.nextVertexPositions, attributes.vertexPositions, RING_WINDING_ORDER_CW);
  let pos64Low = select(
    attributes.nextVertexPositions64Low,
    attributes.vertexPositions64Low,
    RING_WINDING_ORDER_CW
  );
  let nextPos = select(attributes.vertexPositions, attributes.nextVertexPositions, RING_WINDING_ORDER_CW);
  let nextPos64Low = select(
    attributes.vertexPositions64Low,
    attributes.nextVertexPositions64Low,
    RING_WINDING_ORDER_CW
  );

  let position = mix(pos, nextPos, attributes.positions.x);
  let position64Low = mix(pos64Low, nextPos64Low, attributes.positions.x);

  var worldPosition = position;
  if (solidPolygon.extruded > 0.5) {
    worldPosition.z += attributes.elevations * attributes.positions.y * solidPolygon.elevationScale;
  }

  geometry.worldPosition = position;
  geometry.pickingColor = picking_getPickingColorFromIndex(attributes.rowIndexes);

  let projectedPosition = project_position_to_clipspace_and_commonspace(
    worldPosition,
    position64Low,
    vec3<f32>(0.0)
  );
  geometry.position = projectedPosition.commonPosition;
  outp.position = projectedPosition.clipPosition;

  let normal = project_offset_normal(vec3<f32>(
    pos.y - nextPos.y + (pos64Low.y - nextPos64Low.y),
    nextPos.x - pos.x + (nextPos64Low.x - pos64Low.x),
    0.0
  ));
  geometry.normal = normal;

  let colors = select(
    attributes.fillColors,
    attributes.lineColors,
    solidPolygon.isWireframe > 0.5
  );
  outp.vColor = apply_polygon_color(colors, normal, geometry.position);
  outp.pickingColor = geometry.pickingColor;

  outp.clipCoordinates = geometry.position.xy;
  clip_filterPosition(&outp.position, geometry.worldPosition.xy);

  return outp;
}

${rP()}
`}function nP(i,t){return i==="top"?U3():z3(t)}var Dd=[0,0,0,255],V3={filled:!0,extruded:!1,wireframe:!1,_normalize:!0,_windingOrder:"CW",_full3d:!1,elevationScale:{type:"number",min:0,value:1},getPolygon:{type:"accessor",value:i=>i.polygon},getElevation:{type:"accessor",value:1e3},getFillColor:{type:"accessor",value:Dd},getLineColor:{type:"accessor",value:Dd},material:!0},Rd={enter:(i,t)=>t.length?t.subarray(t.length-i.length):i},ol=class extends xe{getShaders(t){let e=!this.props._normalize&&this.props._windingOrder==="CCW"?0:1;return super.getShaders({vs:t==="top"?QS:tP,fs:eP,source:nP(t,!!e),defines:{RING_WINDING_ORDER_CW:e},modules:[Ie,Ee,bl,Te,JS,...this.context.device.type==="webgpu"?[fo]:[]]})}get wrapLongitude(){return!1}getBounds(){return this.getAttributeManager()?.getBounds(["vertexPositions"])}initializeState(){let{viewport:t}=this.context,{coordinateSystem:e}=this.props,{_full3d:r}=this.props;t.isGeospatial&&e==="default"&&(e="lnglat");let n;e==="lnglat"&&(r?n=t.projectPosition.bind(t):n=t.projectFlat.bind(t)),this.setState({numInstances:0,polygonTesselator:new sl({preproject:n,fp64:this.use64bitPositions(),IndexType:Uint32Array})});let s=this.getAttributeManager(),o=!0,a=this.context.device.type==="webgpu";s.add({indices:{size:1,isIndexed:!0,update:this.calculateIndices,noAlloc:o},vertexPositions:{size:3,type:"float64",stepMode:"dynamic",fp64:this.use64bitPositions(),transition:Rd,accessor:"getPolygon",update:this.calculatePositions,noAlloc:o,...a?{}:{shaderAttributes:{nextVertexPositions:{vertexOffset:1}}}},...a?{nextVertexPositions:{size:3,type:"float64",stepMode:"dynamic",fp64:this.use64bitPositions(),transition:!1,update:this.calculateNextPositions,noAlloc:o}}:{},[a?"vertexValid":"instanceVertexValid"]:{size:1,type:a?"float32":"uint16",stepMode:"instance",update:this.calculateVertexValid,noAlloc:o},elevations:{size:1,stepMode:"dynamic",transition:Rd,accessor:"getElevation",bufferGroup:"solid-polygon-instance-data"},fillColors:{size:this.props.colorFormat.length,type:"unorm8",stepMode:"dynamic",transition:Rd,accessor:"getFillColor",defaultValue:Dd,bufferGroup:"solid-polygon-instance-data"},lineColors:{size:this.props.colorFormat.length,type:"unorm8",stepMode:"dynamic",transition:Rd,accessor:"getLineColor",defaultValue:Dd,bufferGroup:"solid-polygon-instance-data"},rowIndexes:{size:1,type:"uint32",stepMode:"dynamic",accessor:(c,{index:l})=>c&&c.__source?c.__source.index:l,bufferGroup:"solid-polygon-instance-data"}})}getPickingInfo(t){let e=super.getPickingInfo(t),{index:r}=e,n=this.props.data;return n[0]&&n[0].__source&&(e.object=n.find(s=>s.__source.index===r)),e}disablePickingIndex(t){let e=this.props.data;if(e[0]&&e[0].__source)for(let r=0;r<e.length;r++)e[r].__source.index===t&&this._disablePickingIndex(r);else super.disablePickingIndex(t)}draw({uniforms:t}){let{extruded:e,filled:r,wireframe:n,elevationScale:s}=this.props,{topModel:o,sideModel:a,wireframeModel:c,polygonTesselator:l}=this.state,f={extruded:!!e,elevationScale:s,isWireframe:!1};c&&n&&(c.setInstanceCount(l.instanceCount-1),c.shaderInputs.setProps({solidPolygon:{...f,isWireframe:!0}}),c.draw(this.context.renderPass)),a&&r&&(a.setInstanceCount(l.instanceCount-1),a.shaderInputs.setProps({solidPolygon:f}),a.draw(this.context.renderPass)),o&&r&&(o.setVertexCount(l.vertexCount),o.shaderInputs.setProps({solidPolygon:f}),o.draw(this.context.renderPass))}updateState(t){super.updateState(t),this.updateGeometry(t);let{props:e,oldProps:r,changeFlags:n}=t,s=this.getAttributeManager();(n.extensionsChanged||e.filled!==r.filled||e.extruded!==r.extruded)&&(this.state.models?.forEach(a=>a.destroy()),this.setState(this._getModels()),s.invalidateAll())}updateGeometry({props:t,oldProps:e,changeFlags:r}){if(r.dataChanged||r.updateTriggersChanged&&(r.updateTriggersChanged.all||r.updateTriggersChanged.getPolygon)){let{polygonTesselator:s}=this.state,o=t.data.attributes||{};s.updateGeometry({data:t.data,normalize:t._normalize,geometryBuffer:o.getPolygon,buffers:this.context.device.type==="webgpu"?{...o}:o,getGeometry:t.getPolygon,positionFormat:t.positionFormat,wrapLongitude:t.wrapLongitude,resolution:this.context.viewport.resolution,fp64:this.use64bitPositions(),dataChanged:r.dataChanged,full3d:t._full3d}),this.setState({numInstances:s.instanceCount,startIndices:s.vertexStarts}),r.dataChanged||this.getAttributeManager().invalidateAll()}}_getModels(){let{id:t,filled:e,extruded:r}=this.props,n,s,o;if(e){let a=this.getShaders("top");a.defines={...a.defines,NON_INSTANCED_MODEL:1};let c=this.getAttributeManager().getBufferLayouts({isInstanced:!1});this.context.device.type==="webgpu"&&(c=c.filter(l=>l.name!=="indices"&&l.name!=="vertexValid"&&l.name!=="instanceVertexValid"&&l.name!=="nextVertexPositions")),n=new ne(this.context.device,{...a,id:`${t}-top`,topology:"triangle-list",bufferLayout:c,isIndexed:!0,userData:{excludeAttributes:{vertexValid:!0,instanceVertexValid:!0,nextVertexPositions:!0}}})}if(r){let a=this.getAttributeManager().getBufferLayouts({isInstanced:!0});this.context.device.type==="webgpu"&&(a=a.filter(c=>c.name!=="indices")),s=new ne(this.context.device,{...this.getShaders("side"),id:`${t}-side`,bufferLayout:a,geometry:new Le({topology:"triangle-strip",attributes:{positions:{size:2,value:new Float32Array([1,0,0,0,1,1,0,1])}}}),isInstanced:!0,userData:{excludeAttributes:{indices:!0}}}),o=new ne(this.context.device,{...this.getShaders("side"),id:`${t}-wireframe`,bufferLayout:a,geometry:new Le({topology:"line-strip",attributes:{positions:{size:2,value:new Float32Array([1,0,0,0,0,1,1,1])}}}),isInstanced:!0,userData:{excludeAttributes:{indices:!0}}})}return{models:[s,o,n].filter(Boolean),topModel:n,sideModel:s,wireframeModel:o}}calculateIndices(t){let{polygonTesselator:e}=this.state;t.startIndices=e.indexStarts,t.value=e.get("indices")}calculatePositions(t){let{polygonTesselator:e}=this.state;t.startIndices=e.vertexStarts;let r=this.props.data.attributes?.getPolygon;if(this.context.device.type==="webgpu"&&ArrayBuffer.isView(r?.value)){let{value:n,size:s=3,offset:o=0,stride:a}=r,c=o/n.BYTES_PER_ELEMENT,l=a?a/n.BYTES_PER_ELEMENT:s,f=new Float64Array(e.instanceCount*3);for(let u=0;u<e.instanceCount;u++){let d=c+u*l,h=u*3;f[h]=n[d],f[h+1]=n[d+1],f[h+2]=s>2?n[d+2]:0}t.value=f;return}t.value=e.get("positions")}calculateVertexValid(t){let e=this.props.data.attributes?.instanceVertexValid?.value,r=this.context.device.type==="webgpu"&&e?e:this.state.polygonTesselator.get("vertexValid");t.value=this.context.device.type==="webgpu"&&r?Float32Array.from(r):r}calculateNextPositions(t){let{polygonTesselator:e}=this.state,r=this.getAttributeManager().getAttributes(),n=r.vertexPositions.value,s=this.props.data.attributes?.instanceVertexValid?.value||r.vertexValid?.value||e.get("vertexValid");if(t.startIndices=e.vertexStarts,!n){t.value=n;return}let o=n.length/3,a=new n.constructor(n.length);for(let c=0;c<o;c++){let l=c*3,f=s?.[c]&&c+1<o?l+3:l;for(let u=0;u<3;u++)a[l+u]=n[f+u]}t.value=a}};ol.defaultProps=V3;ol.layerName="SolidPolygonLayer";var kd=ol;function Fd({data:i,getIndex:t,dataRange:e,replace:r}){let{startRow:n=0,endRow:s=1/0}=e,o=i.length,a=o,c=o;for(let d=0;d<o;d++){let h=t(i[d]);if(a>d&&h>=n&&(a=d),h>=s){c=d;break}}let l=a,u=c-a!==r.length?i.slice(c):void 0;for(let d=0;d<r.length;d++)i[l++]=r[d];if(u){for(let d=0;d<u.length;d++)i[l++]=u[d];i.length=l}return{startRow:a,endRow:a+r.length}}var sP=[0,0,0,255],j3=[0,0,0,255],W3={stroked:!0,filled:!0,extruded:!1,elevationScale:1,wireframe:!1,_normalize:!0,_windingOrder:"CW",lineWidthUnits:"meters",lineWidthScale:1,lineWidthMinPixels:0,lineWidthMaxPixels:Number.MAX_SAFE_INTEGER,lineJointRounded:!1,lineMiterLimit:4,lineAntialiasing:!1,getPolygon:{type:"accessor",value:i=>i.polygon},getFillColor:{type:"accessor",value:j3},getLineColor:{type:"accessor",value:sP},getLineWidth:{type:"accessor",value:1},getElevation:{type:"accessor",value:1e3},material:!0},al=class extends Kn{initializeState(){this.state={paths:[],pathsDiff:null},this.props.getLineDashArray&&R.removed("getLineDashArray","PathStyleExtension")()}updateState({changeFlags:t}){let e=t.dataChanged||t.updateTriggersChanged&&(t.updateTriggersChanged.all||t.updateTriggersChanged.getPolygon);if(e&&Array.isArray(t.dataChanged)){let r=this.state.paths.slice(),n=t.dataChanged.map(s=>Fd({data:r,getIndex:o=>o.__source.index,dataRange:s,replace:this._getPaths(s)}));this.setState({paths:r,pathsDiff:n})}else e&&this.setState({paths:this._getPaths(),pathsDiff:null})}_getPaths(t={}){let{data:e,getPolygon:r,positionFormat:n,_normalize:s}=this.props,o=[],a=n==="XY"?2:3,{startRow:c,endRow:l}=t,{iterable:f,objectInfo:u}=Ye(e,c,l);for(let d of f){u.index++;let h=r(d,u);s&&(h=Od(h,a));let{holeIndices:p}=h,g=h.positions||h;if(p)for(let m=0;m<=p.length;m++){let _=g.slice(p[m-1]||0,p[m]||g.length);o.push(this.getSubLayerRow({path:_},d,u.index))}else o.push(this.getSubLayerRow({path:g},d,u.index))}return o}renderLayers(){let{data:t,_dataDiff:e,stroked:r,filled:n,extruded:s,wireframe:o,_normalize:a,_windingOrder:c,elevationScale:l,transitions:f,positionFormat:u}=this.props,{lineWidthUnits:d,lineWidthScale:h,lineWidthMinPixels:p,lineWidthMaxPixels:g,lineJointRounded:m,lineMiterLimit:_,lineAntialiasing:b,lineDashJustified:v}=this.props,{getFillColor:x,getLineColor:w,getLineWidth:S,getLineDashArray:E,getElevation:T,getPolygon:A,updateTriggers:P,material:$}=this.props,{paths:N,pathsDiff:O}=this.state,K=this.getSubLayerClass("fill",kd),St=this.getSubLayerClass("stroke",Id),dt=this.shouldRenderSubLayer("fill",N)&&new K({_dataDiff:e,extruded:s,elevationScale:l,filled:n,wireframe:o,_normalize:a,_windingOrder:c,getElevation:T,getFillColor:x,getLineColor:s&&o?w:sP,material:$,transitions:f},this.getSubLayerProps({id:"fill",updateTriggers:P&&{getPolygon:P.getPolygon,getElevation:P.getElevation,getFillColor:P.getFillColor,lineColors:s&&o,getLineColor:P.getLineColor}}),{data:t,positionFormat:u,getPolygon:A}),gt=!s&&r&&this.shouldRenderSubLayer("stroke",N)&&new St({_dataDiff:O&&(()=>O),widthUnits:d,widthScale:h,widthMinPixels:p,widthMaxPixels:g,jointRounded:m,miterLimit:_,antialiasing:b,dashJustified:v,_pathType:"loop",transitions:f&&{getWidth:f.getLineWidth,getColor:f.getLineColor,getPath:f.getPolygon},getColor:this.getSubLayerAccessor(w),getWidth:this.getSubLayerAccessor(S),getDashArray:this.getSubLayerAccessor(E)},this.getSubLayerProps({id:"stroke",updateTriggers:P&&{getWidth:P.getLineWidth,getColor:P.getLineColor,getDashArray:P.getLineDashArray}}),{data:N,positionFormat:u,getPath:Ze=>Ze.path});return[!s&&dt,gt,s&&dt]}};al.layerName="PolygonLayer";al.defaultProps=W3;var Nd=al;function oP(i,t){if(!i)return null;let e="startIndices"in i?i.startIndices[t]:t,r=i.featureIds.value[e];return e!==-1?G3(i,r,e):null}function G3(i,t,e){let r={properties:{...i.properties[t]}};for(let n in i.numericProps)r.properties[n]=i.numericProps[n].value[e];return r}function aP(i){let t={points:null,lines:null,polygons:null};for(let e in t){let r=i[e].globalFeatureIds.value;t[e]=new Uint32Array(r)}return t}var cP=`layout(std140) uniform sdfUniforms {
  float gamma;
  bool enabled;
  float buffer;
  float outlineBuffer;
  vec4 outlineColor;
} sdf;
`,lP={name:"sdf",vs:cP,fs:cP,uniformTypes:{gamma:"f32",enabled:"f32",buffer:"f32",outlineBuffer:"f32",outlineColor:"vec4<f32>"}};var cl={none:0,start:1,center:2,end:3},H3=`layout(std140) uniform textUniforms {
  highp vec2 cutoffPixels;
  highp ivec2 align;
  highp float fontSize;
  bool flipY;
} text;

#define ALIGN_MODE_START ${cl.start}
#define ALIGN_MODE_CENTER ${cl.center}
#define ALIGN_MODE_END ${cl.end}
`,Ud={name:"text",vs:H3,getUniforms:({contentCutoffPixels:i=[0,0],contentAlignHorizontal:t="none",contentAlignVertical:e="none",fontSize:r,viewport:n})=>({cutoffPixels:i,align:[cl[t],cl[e]],fontSize:r,flipY:n?.flipY??!1}),uniformTypes:{cutoffPixels:"vec2<f32>",align:"vec2<i32>",fontSize:"f32",flipY:"f32"}};var fP=`#version 300 es
#define SHADER_NAME multi-icon-layer-vertex-shader
in vec2 positions;
in vec3 instancePositions;
in vec3 instancePositions64Low;
in float instanceSizes;
in float instanceAngles;
in vec4 instanceColors;
in float rowIndexes;
in vec4 instanceIconFrames;
in float instanceColorModes;
in vec2 instanceOffsets;
in vec2 instancePixelOffset;
in vec4 instanceClipRect;
out float vColorMode;
out vec4 vColor;
out vec2 vTextureCoords;
out vec2 uv;
vec2 rotate_by_angle(vec2 vertex, float angle) {
float angle_radian = angle * PI / 180.0;
float cos_angle = cos(angle_radian);
float sin_angle = sin(angle_radian);
mat2 rotationMatrix = mat2(cos_angle, -sin_angle, sin_angle, cos_angle);
return rotationMatrix * vertex;
}
float getPixelOffsetFromAlignment(float anchor, float extent, float clipStart, float clipEnd, int mode) {
if (clipEnd < clipStart) return 0.0;
if (mode == ALIGN_MODE_START) {
return max(- (anchor + clipStart), 0.0);
}
if (mode == ALIGN_MODE_CENTER) {
float _min = max(0., anchor + clipStart);
float _max = min(extent, anchor + clipEnd);
return _min < _max ? (_min + _max) / 2.0 - anchor : 0.0;
}
if (mode == ALIGN_MODE_END) {
return min(extent - (anchor + clipEnd), 0.);
}
return 0.0;
}
void main(void) {
geometry.worldPosition = instancePositions;
geometry.uv = positions;
geometry.pickingColor = picking_getPickingColorFromIndex(rowIndexes);
uv = positions;
vec2 iconSize = instanceIconFrames.zw;
float sizePixels = clamp(
project_size_to_pixel(instanceSizes * icon.sizeScale, icon.sizeUnits),
icon.sizeMinPixels, icon.sizeMaxPixels
);
float instanceScale = sizePixels / text.fontSize;
vec2 pixelOffset = positions / 2.0 * iconSize + instanceOffsets;
pixelOffset = rotate_by_angle(pixelOffset, instanceAngles) * instanceScale;
pixelOffset += instancePixelOffset;
pixelOffset.y *= -1.0;
vec2 anchorPosScreen;
if (icon.billboard)  {
gl_Position = project_position_to_clipspace(instancePositions, instancePositions64Low, vec3(0.0), geometry.position);
anchorPosScreen = gl_Position.xy / gl_Position.w;
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
vec3 offset = vec3(pixelOffset, 0.0);
DECKGL_FILTER_SIZE(offset, geometry);
gl_Position.xy += project_pixel_size_to_clipspace(offset.xy);
} else {
vec3 offset_common = vec3(project_pixel_size(pixelOffset), 0.0);
if (text.flipY) {
offset_common.y *= -1.;
}
DECKGL_FILTER_SIZE(offset_common, geometry);
vec4 anchorPos = project_position_to_clipspace(instancePositions, instancePositions64Low, vec3(0.0));
anchorPosScreen = anchorPos.xy / anchorPos.w;
gl_Position = project_position_to_clipspace(instancePositions, instancePositions64Low, offset_common, geometry.position);
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
}
anchorPosScreen = vec2(anchorPosScreen.x + 1.0, 1.0 - anchorPosScreen.y) / 2.0 * project.viewportSize / project.devicePixelRatio;
vec2 xy = project_size_to_pixel(instanceClipRect.xy);
vec2 wh = project_size_to_pixel(instanceClipRect.zw);
if (text.flipY) {
xy.y = -xy.y - wh.y;
}
if (text.align.x > 0 || text.align.y > 0) {
vec2 viewportPixels = project.viewportSize / project.devicePixelRatio;
vec2 scrollPixels = vec2(
getPixelOffsetFromAlignment(anchorPosScreen.x, viewportPixels.x, xy.x, xy.x + wh.x, text.align.x),
-getPixelOffsetFromAlignment(anchorPosScreen.y, viewportPixels.y, -xy.y - wh.y, -xy.y, text.align.y)
);
pixelOffset += scrollPixels;
gl_Position.xy += project_pixel_size_to_clipspace(scrollPixels);
}
if (instanceClipRect.z >= 0.) {
if (pixelOffset.x < xy.x || pixelOffset.x > xy.x + wh.x) {
gl_Position = vec4(0.0);
}
else if (text.cutoffPixels.x > 0.) {
float vpWidth = project.viewportSize.x / project.devicePixelRatio;
float l = max(anchorPosScreen.x + xy.x, 0.0);
float r = min(anchorPosScreen.x + xy.x + wh.x, vpWidth);
if (r - l < text.cutoffPixels.x) {
gl_Position = vec4(0.0);
}
}
}
if (instanceClipRect.w >= 0.) {
if (pixelOffset.y < xy.y || pixelOffset.y > xy.y + wh.y) {
gl_Position = vec4(0.0);
}
else if (text.cutoffPixels.y > 0.) {
float vpHeight = project.viewportSize.y / project.devicePixelRatio;
float t = max(anchorPosScreen.y - xy.y - wh.y, 0.0);
float b = min(anchorPosScreen.y - xy.y, vpHeight);
if (b - t < text.cutoffPixels.y) {
gl_Position = vec4(0.0);
}
}
}
vTextureCoords = mix(
instanceIconFrames.xy,
instanceIconFrames.xy + iconSize,
(positions.xy + 1.0) / 2.0
) / icon.iconsTextureDim;
vColor = instanceColors;
DECKGL_FILTER_COLOR(vColor, geometry);
vColorMode = instanceColorModes;
}
`;var uP=`#version 300 es
#define SHADER_NAME multi-icon-layer-fragment-shader
precision highp float;
uniform sampler2D iconsTexture;
in vec4 vColor;
in vec2 vTextureCoords;
in vec2 uv;
out vec4 fragColor;
void main(void) {
geometry.uv = uv;
if (!bool(picking.isActive)) {
float alpha = texture(iconsTexture, vTextureCoords).a;
vec4 color = vColor;
if (sdf.enabled) {
float distance = alpha;
alpha = smoothstep(sdf.buffer - sdf.gamma, sdf.buffer + sdf.gamma, distance);
if (sdf.outlineBuffer > 0.0) {
float inFill = alpha;
float inBorder = smoothstep(sdf.outlineBuffer - sdf.gamma, sdf.outlineBuffer + sdf.gamma, distance);
color = mix(sdf.outlineColor, vColor, inFill);
alpha = inBorder;
}
}
float a = alpha * color.a;
if (a < icon.alphaCutoff) {
discard;
}
fragColor = vec4(color.rgb, a * layer.opacity);
}
DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;function $3({collision:i=!1}={}){return`struct IconUniforms {
  sizeScale: f32,
  iconsTextureDim: vec2<f32>,
  sizeBasis: f32,
  sizeMinPixels: f32,
  sizeMaxPixels: f32,
  billboard: i32,
  sizeUnits: i32,
  alphaCutoff: f32
};

struct TextUniforms {
  cutoffPixels: vec2<f32>,
  align: vec2<i32>,
  fontSize: f32,
  flipY: f32
};

struct SdfUniforms {
  gamma: f32,
  enabled: f32,
  buffer: f32,
  outlineBuffer: f32,
  outlineColor: vec4<f32>
};

${i?`struct CollisionUniforms {
  sort: i32,
  enabled: i32
};
`:""}

const ALIGN_MODE_START: i32 = 1;
const ALIGN_MODE_CENTER: i32 = 2;
const ALIGN_MODE_END: i32 = 3;

@group(0) @binding(auto) var<uniform> icon: IconUniforms;
@group(0) @binding(auto) var<uniform> text: TextUniforms;
@group(0) @binding(auto) var<uniform> sdf: SdfUniforms;
${i?"@group(0) @binding(auto) var<uniform> collision: CollisionUniforms;":""}
@group(0) @binding(auto) var iconsTexture : texture_2d<f32>;
@group(0) @binding(auto) var iconsTextureSampler : sampler;
${i?`@group(0) @binding(auto) var collision_texture : texture_2d<f32>;
`:""}

fn rotate_by_angle(vertex: vec2<f32>, angle_deg: f32) -> vec2<f32> {
  let angle_radian = angle_deg * PI / 180.0;
  let c = cos(angle_radian);
  let s = sin(angle_radian);
  let rotation = mat2x2<f32>(vec2<f32>(c, -s), vec2<f32>(s, c));
  return rotation * vertex;
}

fn get_pixel_offset_from_alignment(
  anchor: f32,
  extent: f32,
  clipStart: f32,
  clipEnd: f32,
  mode: i32
) -> f32 {
  if (clipEnd < clipStart) {
    return 0.0;
  }
  if (mode == ALIGN_MODE_START) {
    return max(-(anchor + clipStart), 0.0);
  }
  if (mode == ALIGN_MODE_CENTER) {
    let minValue = max(0.0, anchor + clipStart);
    let maxValue = min(extent, anchor + clipEnd);
    if (minValue < maxValue) {
      return (minValue + maxValue) / 2.0 - anchor;
    }
    return 0.0;
  }
  if (mode == ALIGN_MODE_END) {
    return min(extent - (anchor + clipEnd), 0.0);
  }
  return 0.0;
}

${i?`fn collision_match(texCoords: vec2<f32>, pickingColor: vec3<f32>) -> f32 {
  let textureSize = vec2<i32>(textureDimensions(collision_texture));
  let pixelCoords = clamp(
    vec2<i32>(texCoords * vec2<f32>(textureSize)),
    vec2<i32>(0),
    textureSize - vec2<i32>(1)
  );
  let collisionPickingColor = textureLoad(collision_texture, pixelCoords, 0);
  let delta = dot(abs(collisionPickingColor.rgb - pickingColor), vec3<f32>(1.0));
  return step(delta, 0.001);
}

fn collision_is_visible(texCoords: vec2<f32>, pickingColor: vec3<f32>) -> f32 {
  if (collision.enabled == 0) {
    return 1.0;
  }

  var accumulator = 0.0;
  let stepSize = vec2<f32>(1.0) / project.viewportSize;

  for (var i: i32 = -2; i <= 2; i = i + 1) {
    for (var j: i32 = -2; j <= 2; j = j + 1) {
      let delta = vec2<f32>(f32(j), f32(i)) * stepSize;
      accumulator = accumulator + collision_match(texCoords + delta, pickingColor);
    }
  }

  return pow(accumulator / 25.0, 2.2);
}
`:""}

struct Attributes {
  @location(0) positions: vec2<f32>,

  @location(1) instancePositions: vec3<f32>,
  @location(2) instancePositions64Low: vec3<f32>,
  @location(3) instanceSizes: f32,
  @location(4) instanceAngles: f32,
  @location(5) instanceColors: vec4<f32>,
  @location(6) instanceIconFrames: vec4<f32>,
  @location(7) instanceColorModes: f32,
  @location(8) instanceOffsets: vec2<f32>,
  @location(9) instancePixelOffset: vec2<f32>,
  @location(10) rowIndexes: u32,
  @location(11) instanceClipRect: vec4<f32>,
  ${i?"@location(12) collisionPriorities: f32,":""}
};

struct Varyings {
  @builtin(position) position: vec4<f32>,

  @location(0) vColorMode: f32,
  @location(1) vColor: vec4<f32>,
  @location(2) vTextureCoords: vec2<f32>,
  @location(3) uv: vec2<f32>,
  @location(4) pickingColor: vec3<f32>,
};

@vertex
fn vertexMain(inp: Attributes) -> Varyings {
  geometry.worldPosition = inp.instancePositions;
  geometry.uv = inp.positions;
  geometry.pickingColor = picking_getPickingColorFromIndex(inp.rowIndexes);

  var outp: Varyings;
  outp.uv = inp.positions;

  let iconSize = inp.instanceIconFrames.zw;

  let sizePixels = clamp(
    project_unit_size_to_pixel(inp.instanceSizes * icon.sizeScale, icon.sizeUnits),
    icon.sizeMinPixels, icon.sizeMaxPixels
  );
  let instanceScale = sizePixels / text.fontSize;

  var pixelOffset = inp.positions / 2.0 * iconSize + inp.instanceOffsets;
  pixelOffset = rotate_by_angle(pixelOffset, inp.instanceAngles) * instanceScale;
  pixelOffset = pixelOffset + inp.instancePixelOffset;
  pixelOffset.y = pixelOffset.y * -1.0;

  var pos: vec4<f32>;
  var anchorPosScreen: vec2<f32>;
  if (icon.billboard != 0) {
    pos = project_position_to_clipspace(inp.instancePositions, inp.instancePositions64Low, vec3<f32>(0.0));
    anchorPosScreen = pos.xy / pos.w;

    let clipOffset = project_pixel_size_to_clipspace(pixelOffset);
    pos = vec4<f32>(pos.x + clipOffset.x, pos.y + clipOffset.y, pos.z, pos.w);
  } else {
    var offsetCommon = vec3<f32>(project_pixel_size_vec2(pixelOffset), 0.0);
    if (text.flipY > 0.5) {
      offsetCommon.y = offsetCommon.y * -1.0;
    }
    let anchorPos = project_position_to_clipspace(inp.instancePositions, inp.instancePositions64Low, vec3<f32>(0.0));
    anchorPosScreen = anchorPos.xy / anchorPos.w;
    pos = project_position_to_clipspace(inp.instancePositions, inp.instancePositions64Low, offsetCommon);
  }

  anchorPosScreen = vec2<f32>(anchorPosScreen.x + 1.0, 1.0 - anchorPosScreen.y) / 2.0 *
    project.viewportSize / project.devicePixelRatio;
  var xy = project_size_vec2(inp.instanceClipRect.xy) * project.scale;
  var wh = project_size_vec2(inp.instanceClipRect.zw) * project.scale;

  if (text.flipY > 0.5) {
    xy.y = -xy.y - wh.y;
  }
  if (text.align.x > 0 || text.align.y > 0) {
    let viewportPixels = project.viewportSize / project.devicePixelRatio;
    let scrollPixels = vec2<f32>(
      get_pixel_offset_from_alignment(anchorPosScreen.x, viewportPixels.x, xy.x, xy.x + wh.x, text.align.x),
      -get_pixel_offset_from_alignment(anchorPosScreen.y, viewportPixels.y, -xy.y - wh.y, -xy.y, text.align.y)
    );
    pixelOffset = pixelOffset + scrollPixels;
    let scrollClipOffset = project_pixel_size_to_clipspace(scrollPixels);
    pos.x = pos.x + scrollClipOffset.x;
    pos.y = pos.y + scrollClipOffset.y;
  }

  if (inp.instanceClipRect.z >= 0.0) {
    if (pixelOffset.x < xy.x || pixelOffset.x > xy.x + wh.x) {
      pos = vec4<f32>(0.0);
    } else if (text.cutoffPixels.x > 0.0) {
      let viewportWidth = project.viewportSize.x / project.devicePixelRatio;
      let left = max(anchorPosScreen.x + xy.x, 0.0);
      let right = min(anchorPosScreen.x + xy.x + wh.x, viewportWidth);
      if (right - left < text.cutoffPixels.x) {
        pos = vec4<f32>(0.0);
      }
    }
  }
  if (inp.instanceClipRect.w >= 0.0) {
    if (pixelOffset.y < xy.y || pixelOffset.y > xy.y + wh.y) {
      pos = vec4<f32>(0.0);
    } else if (text.cutoffPixels.y > 0.0) {
      let viewportHeight = project.viewportSize.y / project.devicePixelRatio;
      let top = max(anchorPosScreen.y - xy.y - wh.y, 0.0);
      let bottom = min(anchorPosScreen.y - xy.y, viewportHeight);
      if (bottom - top < text.cutoffPixels.y) {
        pos = vec4<f32>(0.0);
      }
    }
  }

  ${i?`  if (collision.sort != 0) {
    pos.z = -0.001 * inp.collisionPriorities * pos.w;
  }
  `:""}

  let uvMix = (inp.positions.xy + vec2<f32>(1.0, 1.0)) * 0.5;
  outp.vTextureCoords = mix(inp.instanceIconFrames.xy, inp.instanceIconFrames.xy + iconSize, uvMix) / icon.iconsTextureDim;

  outp.position = pos;
  outp.vColor = inp.instanceColors;
  outp.vColorMode = inp.instanceColorModes;
  outp.pickingColor = picking_getPickingColorFromIndex(inp.rowIndexes);

  return outp;
}

@fragment
fn fragmentMain(inp: Varyings) -> @location(0) vec4<f32> {
  geometry.uv = inp.uv;

  let texColor = textureSample(iconsTexture, iconsTextureSampler, inp.vTextureCoords);
  var alpha = texColor.a;
  var color = inp.vColor;

  if (sdf.enabled > 0.5) {
    let distance = alpha;
    alpha = smoothstep(sdf.buffer - sdf.gamma, sdf.buffer + sdf.gamma, distance);

    if (sdf.outlineBuffer > 0.0) {
      let inFill = alpha;
      let inBorder = smoothstep(sdf.outlineBuffer - sdf.gamma, sdf.outlineBuffer + sdf.gamma, distance);
      color = mix(sdf.outlineColor, inp.vColor, inFill);
      alpha = inBorder;
    }
  } else if (inp.vColorMode == 0.0) {
    color = texColor;
  }

  var a = alpha * color.a * layer.opacity;
  if (a < icon.alphaCutoff) {
    discard;
  }

  if (picking.isActive > 0.5) {
    if (!picking_isColorValid(inp.pickingColor)) {
      discard;
    }
    return vec4<f32>(inp.pickingColor, 1.0);
  }

  ${i?`  let collisionFade = collision_is_visible(inp.position.xy / project.viewportSize, inp.pickingColor);
  a = a * collisionFade;
  if (a <= 0.0001) {
    discard;
  }
  `:""}

  var fragColor = deckgl_premultiplied_alpha(vec4<f32>(color.rgb, a));

  if (picking.isHighlightActive > 0.5) {
    let highlightedObjectColor = picking_normalizeColor(picking.highlightedObjectColor);
    if (picking_isColorZero(abs(inp.pickingColor - highlightedObjectColor))) {
      let highLightAlpha = picking.highlightColor.a;
      let blendedAlpha = highLightAlpha + fragColor.a * (1.0 - highLightAlpha);
      if (blendedAlpha > 0.0) {
        let highLightRatio = highLightAlpha / blendedAlpha;
        fragColor = vec4<f32>(
          mix(fragColor.rgb, picking.highlightColor.rgb, highLightRatio),
          blendedAlpha
        );
      } else {
        fragColor = vec4<f32>(fragColor.rgb, 0.0);
      }
    }
  }

  return fragColor;
}
`}var dP=$3();var jg=192/256;var Y3={getIconOffsets:{type:"accessor",value:i=>i.offsets},getContentBox:{type:"accessor",value:[0,0,-1,-1]},fontSize:1,alphaCutoff:.001,smoothing:.1,outlineWidth:0,outlineColor:{type:"color",value:[0,0,0,255]},contentCutoffPixels:{type:"array",value:[0,0]},contentAlignHorizontal:"none",contentAlignVertical:"none"},ll=class extends bd{getShaders(){let t=super.getShaders();return{...t,modules:[...t.modules,Ud,lP],vs:fP,fs:uP,source:dP}}initializeState(){super.initializeState();let t=this.getAttributeManager(),e=t.attributes.instanceIconDefs;e.settings.update=this.calculateInstanceIconDefs,t.addInstanced({rowIndexes:{type:"uint32",size:1,bufferGroup:"icon-instance-data",accessor:(r,{index:n})=>n},instanceClipRect:{size:4,bufferGroup:"icon-instance-data",accessor:"getContentBox",defaultValue:[0,0,-1,-1]}})}updateState(t){super.updateState(t);let{props:e,oldProps:r,changeFlags:n}=t,{outlineColor:s}=e;if(n.extensionsChanged){this.state.fillModel?.destroy();let o=this.context.device.type==="webgpu"?this._getModel(`${this.props.id}-fill`):void 0;this.setState({fillModel:o,models:o?[this.state.model,o]:[this.state.model]})}if(n.updateTriggersChanged&&(n.updateTriggersChanged.getIcon||n.updateTriggersChanged.getIconOffsets)&&this.getAttributeManager().invalidate("instanceIconDefs"),s!==r.outlineColor){let o=[s[0]/255,s[1]/255,s[2]/255,(s[3]??255)/255];this.setState({outlineColor:o})}!e.sdf&&e.outlineWidth&&R.warn(`${this.id}: fontSettings.sdf is required to render outline`)()}draw(t){let{sdf:e,smoothing:r,fontSize:n,outlineWidth:s,contentCutoffPixels:o,contentAlignHorizontal:a,contentAlignVertical:c}=this.props,{outlineColor:l}=this.state,f=s?Math.max(r,jg*(1-s)):-1,u=this.state.model,d={buffer:jg,outlineBuffer:f,gamma:r,enabled:!!e,outlineColor:l},h={contentCutoffPixels:o,contentAlignHorizontal:a,contentAlignVertical:c,fontSize:n,viewport:this.context.viewport};if(u.shaderInputs.setProps({sdf:d,text:h}),super.draw(t),e&&s){let{iconManager:p}=this.state;if(p.getTexture()){let m=this.state.fillModel||u;m.shaderInputs.setProps({sdf:{...d,outlineBuffer:jg},text:h}),this._drawModel(m)}}}calculateInstanceIconDefs(t,{startRow:e,endRow:r}){let{data:n,getIcon:s,getIconOffsets:o}=this.props,a=t.getVertexOffset(e),c=t.value,{iterable:l,objectInfo:f}=Ye(n,e,r);for(let u of l){f.index++;let d=s(u,f),h=o(u,f);if(d){let p=0;for(let g of Array.from(d)){let m=super.getInstanceIconDef(g);m[0]=h[p*2],m[1]+=h[p*2+1],m[6]=1,c.set(m,a),a+=t.size,p++}}}}};ll.defaultProps=Y3;ll.layerName="MultiIconLayer";var hP=ll;var Wg=new Float64Array(256);for(let i=0;i<256;i++){let t=.5-Math.pow(i/255,.45454545454545453);Wg[i]=t*Math.abs(t)}Wg[255]=-1e20;var fl=class{constructor({fontSize:t=24,buffer:e=3,radius:r=8,cutoff:n=.25,fontFamily:s="sans-serif",fontWeight:o="normal",fontStyle:a="normal",lang:c=null}={}){e=this.buffer=Math.round(e),this.radius=r,this.cutoff=n,this.lang=c;let l=this.size=Math.ceil(t)+e*4,f=this._createCanvas(l),u=this.ctx=f.getContext("2d",{willReadFrequently:!0});u.font=`${a} ${o} ${t}px ${s}`,u.textBaseline="alphabetic",u.textAlign="left",u.fillStyle="black",c&&(u.lang=c);let h=(this.maxGlyphDim=l-e)+2*e;this.gridOuter=new Float64Array(h*h),this.gridInner=new Float64Array(h*h),this.f=new Float64Array(h),this.z=new Float64Array(h+1),this.v=new Uint16Array(h)}_createCanvas(t){if(typeof OffscreenCanvas<"u")return new OffscreenCanvas(t,t);let e=document.createElement("canvas");return e.width=e.height=t,e}draw(t){let{width:e,actualBoundingBoxAscent:r,actualBoundingBoxDescent:n,actualBoundingBoxLeft:s,actualBoundingBoxRight:o}=this.ctx.measureText(t),a=Math.ceil(r),c=Math.floor(-s),l=Math.max(0,Math.min(this.maxGlyphDim,Math.ceil(o)-c)),f=Math.max(0,Math.min(this.maxGlyphDim,a+Math.ceil(n))),u=l+2*this.buffer,d=f+2*this.buffer,h=u*d,p=new Uint8ClampedArray(h),g={data:p,width:u,height:d,glyphWidth:l,glyphHeight:f,glyphTop:a,glyphLeft:c,glyphAdvance:e};if(l===0||f===0)return g;let{ctx:m,buffer:_,gridInner:b,gridOuter:v}=this;m.clearRect(_,_,l,f),m.fillText(t,_-c,_+a);let x=m.getImageData(_,_,l,f);v.fill(1e20,0,h),b.fill(0,0,h);let w=3;for(let A=0;A<f;A++){let P=(A+_)*u+_;for(let $=0;$<l;$++,w+=4,P++){let N=x.data[w];if(N===0)continue;let O=Wg[N];v[P]=Math.max(0,O),b[P]=Math.max(0,-O)}}pP(v,0,0,u,d,u,this.f,this.v,this.z,_);let S=Math.min(_,1);pP(b,_-S,_-S,l+2*S,f+2*S,u,this.f,this.v,this.z);let E=255/this.radius,T=255*(1-this.cutoff);for(let A=0;A<h;A++){let P=Math.sqrt(v[A])-Math.sqrt(b[A]);p[A]=T-E*P}return g}};function pP(i,t,e,r,n,s,o,a,c,l=0){for(let f=t+l;f<t+r-l;f++)mP(i,e*s+f,s,n,o,a,c);for(let f=e;f<e+n;f++)mP(i,f*s+t,1,r,o,a,c)}function mP(i,t,e,r,n,s,o){s[0]=0,o[0]=-1e20,o[1]=1e20,n[0]=i[t];for(let a=1,c=0;a<r;a++){let l=n[a]=i[t+a*e],f=a*a,u;do{let d=s[c];u=(l-n[d]+f-d*d)/(a-d)/2}while(u<=o[c]&&--c>-1);c++,s[c]=a,o[c]=u,o[c+1]=1e20}for(let a=0,c=0;a<r;a++){for(;o[c+1]<a;)c++;let l=s[c],f=a-l;i[t+a*e]=n[l]+f*f}}var Z3=32,q3=[];function X3(i){return Math.pow(2,Math.ceil(Math.log2(i)))}function gP({characterSet:i,measureText:t,buffer:e,maxCanvasWidth:r,mapping:n={},xOffset:s=0,yOffsetMin:o=0,yOffsetMax:a=0}){let l=s,f=o,u=a;for(let d of i)if(!n[d]){let{advance:h,width:p,ascent:g,descent:m}=t(d),_=g+m;l+p+e*2>r&&(l=0,f=u),n[d]={x:l+e,y:f+e,width:p,height:_,advance:h,anchorX:p/2,anchorY:g},l+=p+e*2,u=Math.max(u,f+_+e*2)}return{mapping:n,xOffset:l,yOffsetMin:f,yOffsetMax:u,canvasHeight:X3(u)}}function yP(i,t,e,r){let n=0;for(let s=t;s<e;s++){let o=i[s];n+=r[o]?.advance||0}return n}function vP(i,t,e,r,n,s){let o=t,a=0;for(let c=t;c<e;c++){let l=yP(i,c,c+1,n);a+l>r&&(o<c&&s.push(c),o=c,a=0),a+=l}return a}function K3(i,t,e,r,n,s){let o=t,a=t,c=t,l=0;for(let f=t;f<e;f++)if((i[f]===" "||i[f+1]===" "||f+1===e)&&(c=f+1),c>a){let u=yP(i,a,c,n);l+u>r&&(o<a&&(s.push(a),o=a,l=0),u>r&&(u=vP(i,a,c,r,n,s),o=s[s.length-1])),a=c,l+=u}return l}function J3(i,t,e,r,n=0,s){s===void 0&&(s=i.length);let o=[];return t==="break-all"?vP(i,n,s,e,r,o):K3(i,n,s,e,r,o),o}function Q3(i,t,e,r,n,s){let o=0,a=0;for(let c=t;c<e;c++){let l=i[c],f=r[l];f&&(a=Math.max(a,f.height))}for(let c=t;c<e;c++){let l=i[c],f=r[l];f?(n[c]=o+f.anchorX,o+=f.advance):(R.warn(`Missing character: ${l} (${l.codePointAt(0)})`)(),n[c]=o,o+=Z3)}s[0]=o,s[1]=a}function _P(i,t,e,r,n,s){let o=Array.from(i),a=o.length,c=new Array(a),l=new Array(a),f=new Array(a),u=(r==="break-word"||r==="break-all")&&isFinite(n)&&n>0,d=[0,0],h=[0,0],p=0,g=t+e/2,m=0,_=0;for(let b=0;b<=a;b++){let v=o[b];if((v===`
`||b===a)&&(_=b),_>m){let x=u?J3(o,r,n,s,m,_):q3;for(let w=0;w<=x.length;w++){let S=w===0?m:x[w-1],E=w<x.length?x[w]:_;Q3(o,S,E,s,c,h);for(let T=S;T<E;T++)l[T]=g,f[T]=h[0];p++,g+=e,d[0]=Math.max(d[0],h[0])}m=_}v===`
`&&(c[m]=0,l[m]=0,f[m]=0,m++)}return d[1]=p*e,{x:c,y:l,rowWidth:f,size:d}}function xP({value:i,length:t,stride:e,offset:r,startIndices:n,characterSet:s}){let o=i.BYTES_PER_ELEMENT,a=e?e/o:1,c=r?r/o:0,l=n[t]||Math.ceil((i.length-c)/a),f=s&&new Set,u=new Array(t),d=i;if(a>1||c>0){let h=i.constructor;d=new h(l);for(let p=0;p<l;p++)d[p]=i[p*a+c]}for(let h=0;h<t;h++){let p=n[h],g=n[h+1]||l,m=d.subarray(p,g);u[h]=String.fromCodePoint.apply(null,m),f&&m.forEach(f.add,f)}if(f)for(let h of f)s.add(String.fromCodePoint(h));return{texts:u,characterCount:l}}var po=class{constructor(t=5){this._cache={},this._order=[],this.limit=t}get(t){let e=this._cache[t];return e&&(this._deleteOrder(t),this._appendOrder(t)),e}set(t,e){this._cache[t]?(this.delete(t),this._cache[t]=e,this._appendOrder(t)):(Object.keys(this._cache).length===this.limit&&this.delete(this._order[0]),this._cache[t]=e,this._appendOrder(t))}delete(t){this._cache[t]&&(delete this._cache[t],this._deleteOrder(t))}_deleteOrder(t){let e=this._order.indexOf(t);e>=0&&this._order.splice(e,1)}_appendOrder(t){this._order.push(t)}};function tR(){let i=[];for(let t=32;t<128;t++)i.push(String.fromCharCode(t));return i}var ts={fontFamily:"Monaco, monospace",fontWeight:"normal",characterSet:tR(),fontSize:64,buffer:4,sdf:!1,cutoff:.25,radius:12,smoothing:.1},bP=1024,wP=.9,SP=.3,EP=3,zd=new po(EP);function eR(i,t){let e;typeof t=="string"?e=new Set(Array.from(t)):e=new Set(t);let r=zd.get(i);if(!r)return e;for(let n in r.mapping)e.has(n)&&e.delete(n);return e}function iR(i,t){for(let e=0;e<i.length;e++)t.data[4*e+3]=i[e]}function PP(i,t,e,r){i.font=`${r} ${e}px ${t}`,i.fillStyle="#000",i.textBaseline="alphabetic",i.textAlign="left"}function rR(i,t,e){if(e===void 0){let n=i.measureText("A");return n.fontBoundingBoxAscent?{advance:0,width:0,ascent:Math.ceil(n.fontBoundingBoxAscent),descent:Math.ceil(n.fontBoundingBoxDescent)}:{advance:0,width:0,ascent:t*wP,descent:t*SP}}let r=i.measureText(e);return r.actualBoundingBoxAscent?{advance:r.width,width:Math.ceil(r.actualBoundingBoxRight-r.actualBoundingBoxLeft),ascent:Math.ceil(r.actualBoundingBoxAscent),descent:Math.ceil(r.actualBoundingBoxDescent)}:{advance:r.width,width:r.width,ascent:t*wP,descent:t*SP}}function IP(i){R.assert(Number.isFinite(i)&&i>=EP,"Invalid cache limit"),zd=new po(i)}var ul=class{constructor(){this.props={...ts}}get atlas(){return this._atlas}get mapping(){return this._atlas&&this._atlas.mapping}setProps(t={}){Object.assign(this.props,t),t._getFontRenderer&&(this._getFontRenderer=t._getFontRenderer),this._key=this._getKey();let e=eR(this._key,this.props.characterSet),r=zd.get(this._key);if(r&&e.size===0){this._atlas!==r&&(this._atlas=r);return}let n=this._generateFontAtlas(e,r);this._atlas=n,zd.set(this._key,n)}_generateFontAtlas(t,e){let{fontFamily:r,fontWeight:n,fontSize:s,buffer:o,sdf:a,radius:c,cutoff:l}=this.props,f=e&&e.data;f||(f=document.createElement("canvas"),f.width=bP);let u=f.getContext("2d",{willReadFrequently:!0});PP(u,r,s,n);let d=x=>rR(u,s,x),h;this._getFontRenderer?h=this._getFontRenderer(this.props):a&&(h={measure:d,draw:nR(this.props)});let{mapping:p,canvasHeight:g,xOffset:m,yOffsetMin:_,yOffsetMax:b}=gP({measureText:x=>h?h.measure(x):d(x),buffer:o,characterSet:t,maxCanvasWidth:bP,...e&&{mapping:e.mapping,xOffset:e.xOffset,yOffsetMin:e.yOffsetMin,yOffsetMax:e.yOffsetMax}});if(f.height!==g){let x=f.height>0?u.getImageData(0,0,f.width,f.height):null;f.height=g,x&&u.putImageData(x,0,0)}if(PP(u,r,s,n),h)for(let x of t){let w=p[x],S=w.width,{data:E,left:T=0,top:A=0}=h.draw(x),P=w.x-T,$=w.y-A,N=Math.max(0,Math.round(P)),O=Math.max(0,Math.round($)),K=Math.min(E.width,f.width-N),St=Math.min(E.height,f.height-O);u.putImageData(E,N,O,0,0,K,St),w.x=N,w.y=O,w.width=K,w.height=St,w.anchorX+=K/2-T-S/2,w.anchorY+=A}else for(let x of t){let w=p[x];u.fillText(x,w.x,w.y+w.anchorY)}let v=h?h.measure():d();return{baselineOffset:(v.ascent-v.descent)/2,xOffset:m,yOffsetMin:_,yOffsetMax:b,mapping:p,data:f,width:f.width,height:f.height}}_getKey(){let{fontFamily:t,fontWeight:e,fontSize:r,buffer:n,sdf:s,radius:o,cutoff:a}=this.props;return s?`${t} ${e} ${r} ${n} ${o} ${a}`:`${t} ${e} ${r} ${n}`}};function nR({fontSize:i,buffer:t,radius:e,cutoff:r,fontFamily:n,fontWeight:s}){let o=new fl({fontSize:i,buffer:t,radius:e,cutoff:r,fontFamily:n,fontWeight:`${s}`});return a=>{let{data:c,width:l,height:f}=o.draw(a),u=new ImageData(l,f);return iR(c,u),{data:u,left:t,top:t}}}var sR=`struct TextBackgroundUniforms {
  billboard: f32,
  sizeScale: f32,
  sizeMinPixels: f32,
  sizeMaxPixels: f32,
  borderRadius: vec4<f32>,
  padding: vec4<f32>,
  sizeUnits: i32,
  stroked: f32,
};

@group(0) @binding(auto) var<uniform> textBackground: TextBackgroundUniforms;
`,TP=`layout(std140) uniform textBackgroundUniforms {
  bool billboard;
  float sizeScale;
  float sizeMinPixels;
  float sizeMaxPixels;
  vec4 borderRadius;
  vec4 padding;
  highp int sizeUnits;
  bool stroked;
} textBackground;
`,AP={name:"textBackground",source:sR,vs:TP,fs:TP,uniformTypes:{billboard:"f32",sizeScale:"f32",sizeMinPixels:"f32",sizeMaxPixels:"f32",borderRadius:"vec4<f32>",padding:"vec4<f32>",sizeUnits:"i32",stroked:"f32"}};var MP=`#version 300 es
#define SHADER_NAME text-background-layer-vertex-shader
in vec2 positions;
in vec3 instancePositions;
in vec3 instancePositions64Low;
in vec4 instanceRects;
in vec4 instanceClipRect;
in float instanceSizes;
in float instanceAngles;
in vec2 instancePixelOffsets;
in float instanceLineWidths;
in vec4 instanceFillColors;
in vec4 instanceLineColors;
out vec4 vFillColor;
out vec4 vLineColor;
out float vLineWidth;
out vec2 uv;
out vec2 dimensions;
vec2 rotate_by_angle(vec2 vertex, float angle) {
float angle_radian = radians(angle);
float cos_angle = cos(angle_radian);
float sin_angle = sin(angle_radian);
mat2 rotationMatrix = mat2(cos_angle, -sin_angle, sin_angle, cos_angle);
return rotationMatrix * vertex;
}
void main(void) {
geometry.worldPosition = instancePositions;
geometry.uv = positions;
geometry.pickingColor = picking_getPickingColorFromInstanceID();
uv = positions;
vLineWidth = instanceLineWidths;
float sizePixels = clamp(
project_size_to_pixel(instanceSizes * textBackground.sizeScale, textBackground.sizeUnits),
textBackground.sizeMinPixels, textBackground.sizeMaxPixels
);
float instanceScale = sizePixels / text.fontSize;
dimensions = instanceRects.zw * instanceScale + textBackground.padding.xy + textBackground.padding.zw;
vec2 pixelOffset = (positions * instanceRects.zw + instanceRects.xy) * instanceScale + mix(-textBackground.padding.xy, textBackground.padding.zw, positions);
pixelOffset = rotate_by_angle(pixelOffset, instanceAngles);
pixelOffset += instancePixelOffsets;
pixelOffset.y *= -1.0;
vec2 xy = project_size_to_pixel(instanceClipRect.xy);
vec2 wh = project_size_to_pixel(instanceClipRect.zw);
if (text.flipY) {
xy.y = -xy.y - wh.y;
}
if (instanceClipRect.z >= 0.0) {
dimensions.x = wh.x;
pixelOffset.x = xy.x + uv.x * wh.x + mix(-textBackground.padding.x, textBackground.padding.z, uv.x);
}
if (instanceClipRect.w >= 0.0) {
dimensions.y = wh.y;
pixelOffset.y = xy.y + uv.y * wh.y + mix(-textBackground.padding.y, textBackground.padding.w, uv.y);
}
if (textBackground.billboard)  {
gl_Position = project_position_to_clipspace(instancePositions, instancePositions64Low, vec3(0.0), geometry.position);
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
vec3 offset = vec3(pixelOffset, 0.0);
DECKGL_FILTER_SIZE(offset, geometry);
gl_Position.xy += project_pixel_size_to_clipspace(offset.xy);
} else {
vec3 offset_common = vec3(project_pixel_size(pixelOffset), 0.0);
if (text.flipY) {
offset_common.y *= -1.;
}
DECKGL_FILTER_SIZE(offset_common, geometry);
gl_Position = project_position_to_clipspace(instancePositions, instancePositions64Low, offset_common, geometry.position);
DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
}
vFillColor = vec4(instanceFillColors.rgb, instanceFillColors.a * layer.opacity);
DECKGL_FILTER_COLOR(vFillColor, geometry);
vLineColor = vec4(instanceLineColors.rgb, instanceLineColors.a * layer.opacity);
DECKGL_FILTER_COLOR(vLineColor, geometry);
}
`;var CP=`#version 300 es
#define SHADER_NAME text-background-layer-fragment-shader
precision highp float;
in vec4 vFillColor;
in vec4 vLineColor;
in float vLineWidth;
in vec2 uv;
in vec2 dimensions;
out vec4 fragColor;
float round_rect(vec2 p, vec2 size, vec4 radii) {
vec2 pixelPositionCB = (p - 0.5) * size;
vec2 sizeCB = size * 0.5;
float maxBorderRadius = min(size.x, size.y) * 0.5;
vec4 borderRadius = vec4(min(radii, maxBorderRadius));
borderRadius.xy =
(pixelPositionCB.x > 0.0) ? borderRadius.xy : borderRadius.zw;
borderRadius.x = (pixelPositionCB.y > 0.0) ? borderRadius.x : borderRadius.y;
vec2 q = abs(pixelPositionCB) - sizeCB + borderRadius.x;
return -(min(max(q.x, q.y), 0.0) + length(max(q, 0.0)) - borderRadius.x);
}
float rect(vec2 p, vec2 size) {
vec2 pixelPosition = p * size;
return min(min(pixelPosition.x, size.x - pixelPosition.x),
min(pixelPosition.y, size.y - pixelPosition.y));
}
vec4 get_stroked_fragColor(float dist) {
float isBorder = smoothedge(dist, vLineWidth);
return mix(vFillColor, vLineColor, isBorder);
}
void main(void) {
geometry.uv = uv;
if (textBackground.borderRadius != vec4(0.0)) {
float distToEdge = round_rect(uv, dimensions, textBackground.borderRadius);
float shapeAlpha = smoothedge(-distToEdge, 0.0);
if (shapeAlpha == 0.0) {
discard;
}
if (textBackground.stroked) {
fragColor = get_stroked_fragColor(distToEdge);
} else {
fragColor = vFillColor;
}
fragColor.a *= shapeAlpha;
} else {
if (textBackground.stroked) {
float distToEdge = rect(uv, dimensions);
fragColor = get_stroked_fragColor(distToEdge);
} else {
fragColor = vFillColor;
}
}
DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;var LP=`struct TextUniforms {
  cutoffPixels: vec2<f32>,
  align: vec2<i32>,
  fontSize: f32,
  flipY: f32,
};

@group(0) @binding(auto) var<uniform> text: TextUniforms;

fn rotate_by_angle(vertex: vec2<f32>, angle: f32) -> vec2<f32> {
  let angleRadian = radians(angle);
  let cosine = cos(angleRadian);
  let sine = sin(angleRadian);
  let rotationMatrix = mat2x2<f32>(
    vec2<f32>(cosine, -sine),
    vec2<f32>(sine, cosine)
  );
  return rotationMatrix * vertex;
}

struct Attributes {
  @builtin(instance_index) instanceIndex: u32,
  @location(0) positions: vec2<f32>,
  @location(1) instancePositions: vec3<f32>,
  @location(2) instancePositions64Low: vec3<f32>,
  @location(3) instanceSizes: f32,
  @location(4) instanceAngles: f32,
  @location(5) instanceRects: vec4<f32>,
  @location(6) instanceClipRect: vec4<f32>,
  @location(7) instancePixelOffsets: vec2<f32>,
  @location(8) instanceFillColors: vec4<f32>,
  @location(9) instanceLineColors: vec4<f32>,
  @location(10) instanceLineWidths: f32,
};

struct Varyings {
  @builtin(position) position: vec4<f32>,
  @location(0) vFillColor: vec4<f32>,
  @location(1) vLineColor: vec4<f32>,
  @location(2) vLineWidth: f32,
  @location(3) uv: vec2<f32>,
  @location(4) dimensions: vec2<f32>,
  @location(5) pickingColor: vec3<f32>,
};

@vertex
fn vertexMain(attributes: Attributes) -> Varyings {
  geometry.worldPosition = attributes.instancePositions;
  geometry.uv = attributes.positions;
  geometry.pickingColor = picking_getPickingColorFromIndex(attributes.instanceIndex);

  var varyings: Varyings;
  varyings.uv = attributes.positions;
  varyings.vLineWidth = attributes.instanceLineWidths;

  let sizePixels = clamp(
    project_unit_size_to_pixel(
      attributes.instanceSizes * textBackground.sizeScale,
      textBackground.sizeUnits
    ),
    textBackground.sizeMinPixels,
    textBackground.sizeMaxPixels
  );
  let instanceScale = sizePixels / text.fontSize;

  varyings.dimensions = attributes.instanceRects.zw * instanceScale +
    textBackground.padding.xy + textBackground.padding.zw;

  var pixelOffset =
    (attributes.positions * attributes.instanceRects.zw + attributes.instanceRects.xy) *
      instanceScale +
    mix(-textBackground.padding.xy, textBackground.padding.zw, attributes.positions);
  pixelOffset = rotate_by_angle(pixelOffset, attributes.instanceAngles);
  pixelOffset = pixelOffset + attributes.instancePixelOffsets;
  pixelOffset.y = pixelOffset.y * -1.0;

  var xy = project_size_vec2(attributes.instanceClipRect.xy) * project.scale;
  let wh = project_size_vec2(attributes.instanceClipRect.zw) * project.scale;
  if (text.flipY > 0.5) {
    xy.y = -xy.y - wh.y;
  }
  if (attributes.instanceClipRect.z >= 0.0) {
    varyings.dimensions.x = wh.x;
    pixelOffset.x = xy.x + varyings.uv.x * wh.x + mix(
      -textBackground.padding.x,
      textBackground.padding.z,
      varyings.uv.x
    );
  }
  if (attributes.instanceClipRect.w >= 0.0) {
    varyings.dimensions.y = wh.y;
    pixelOffset.y = xy.y + varyings.uv.y * wh.y + mix(
      -textBackground.padding.y,
      textBackground.padding.w,
      varyings.uv.y
    );
  }

  if (textBackground.billboard > 0.5) {
    var position = project_position_to_clipspace(
      attributes.instancePositions,
      attributes.instancePositions64Low,
      vec3<f32>(0.0)
    );
    let clipOffset = project_pixel_size_to_clipspace(pixelOffset);
    position = vec4<f32>(
      position.x + clipOffset.x,
      position.y + clipOffset.y,
      position.z,
      position.w
    );
    varyings.position = position;
  } else {
    var offsetCommon = vec3<f32>(project_pixel_size_vec2(pixelOffset), 0.0);
    if (text.flipY > 0.5) {
      offsetCommon.y = offsetCommon.y * -1.0;
    }
    varyings.position = project_position_to_clipspace(
      attributes.instancePositions,
      attributes.instancePositions64Low,
      offsetCommon
    );
  }

  varyings.vFillColor = vec4<f32>(
    attributes.instanceFillColors.rgb,
    attributes.instanceFillColors.a * layer.opacity
  );
  varyings.vLineColor = vec4<f32>(
    attributes.instanceLineColors.rgb,
    attributes.instanceLineColors.a * layer.opacity
  );
  varyings.pickingColor = geometry.pickingColor;
  return varyings;
}

fn round_rect(point: vec2<f32>, size: vec2<f32>, radii: vec4<f32>) -> f32 {
  let pixelPosition = (point - 0.5) * size;
  let halfSize = size * 0.5;
  let maxBorderRadius = min(size.x, size.y) * 0.5;
  var borderRadius = min(radii, vec4<f32>(maxBorderRadius));

  borderRadius = select(borderRadius.zwxy, borderRadius, pixelPosition.x > 0.0);
  let radius = select(borderRadius.y, borderRadius.x, pixelPosition.y > 0.0);
  let q = abs(pixelPosition) - halfSize + radius;
  return -(min(max(q.x, q.y), 0.0) + length(max(q, vec2<f32>(0.0))) - radius);
}

fn rect(point: vec2<f32>, size: vec2<f32>) -> f32 {
  let pixelPosition = point * size;
  return min(
    min(pixelPosition.x, size.x - pixelPosition.x),
    min(pixelPosition.y, size.y - pixelPosition.y)
  );
}

fn get_stroked_frag_color(
  distanceToEdge: f32,
  lineWidth: f32,
  fillColor: vec4<f32>,
  lineColor: vec4<f32>
) -> vec4<f32> {
  let isBorder = smoothedge(distanceToEdge, lineWidth);
  return mix(fillColor, lineColor, isBorder);
}

@fragment
fn fragmentMain(varyings: Varyings) -> @location(0) vec4<f32> {
  geometry.uv = varyings.uv;
  var fragColor: vec4<f32>;

  if (any(textBackground.borderRadius != vec4<f32>(0.0))) {
    let distanceToEdge = round_rect(
      varyings.uv,
      varyings.dimensions,
      textBackground.borderRadius
    );
    let shapeAlpha = smoothedge(-distanceToEdge, 0.0);
    if (shapeAlpha == 0.0) {
      discard;
    }
    if (textBackground.stroked > 0.5) {
      fragColor = get_stroked_frag_color(
        distanceToEdge,
        varyings.vLineWidth,
        varyings.vFillColor,
        varyings.vLineColor
      );
    } else {
      fragColor = varyings.vFillColor;
    }
    fragColor.a = fragColor.a * shapeAlpha;
  } else if (textBackground.stroked > 0.5) {
    let distanceToEdge = rect(varyings.uv, varyings.dimensions);
    fragColor = get_stroked_frag_color(
      distanceToEdge,
      varyings.vLineWidth,
      varyings.vFillColor,
      varyings.vLineColor
    );
  } else {
    fragColor = varyings.vFillColor;
  }

  if (picking.isActive > 0.5) {
    if (!picking_isColorValid(varyings.pickingColor)) {
      discard;
    }
    return vec4<f32>(varyings.pickingColor, 1.0);
  }

  if (picking.isHighlightActive > 0.5) {
    let highlightedObjectColor = picking_normalizeColor(picking.highlightedObjectColor);
    if (picking_isColorZero(abs(varyings.pickingColor - highlightedObjectColor))) {
      let highlightAlpha = picking.highlightColor.a;
      let blendedAlpha = highlightAlpha + fragColor.a * (1.0 - highlightAlpha);
      if (blendedAlpha > 0.0) {
        let highlightRatio = highlightAlpha / blendedAlpha;
        fragColor = vec4<f32>(
          mix(fragColor.rgb, picking.highlightColor.rgb, highlightRatio),
          blendedAlpha
        );
      } else {
        fragColor = vec4<f32>(fragColor.rgb, 0.0);
      }
    }
  }

  return deckgl_premultiplied_alpha(fragColor);
}
`;var oR={billboard:!0,sizeScale:1,sizeUnits:"pixels",sizeMinPixels:0,sizeMaxPixels:Number.MAX_SAFE_INTEGER,fontSize:1,borderRadius:{type:"object",value:0},padding:{type:"array",value:[0,0,0,0]},getPosition:{type:"accessor",value:i=>i.position},getSize:{type:"accessor",value:1},getAngle:{type:"accessor",value:0},getPixelOffset:{type:"accessor",value:[0,0]},getBoundingRect:{type:"accessor",value:[0,0,0,0]},getClipRect:{type:"accessor",value:[0,0,-1,-1]},getFillColor:{type:"accessor",value:[0,0,0,255]},getLineColor:{type:"accessor",value:[0,0,0,255]},getLineWidth:{type:"accessor",value:1}},dl=class extends xe{getShaders(){return super.getShaders({vs:MP,fs:CP,source:LP,modules:[Ie,Ee,Te,AP,Ud]})}initializeState(){this.getAttributeManager().addInstanced({instancePositions:{size:3,type:"float64",fp64:this.use64bitPositions(),transition:!0,accessor:"getPosition"},instanceSizes:{size:1,transition:!0,bufferGroup:"text-background-instance-data",accessor:"getSize",defaultValue:1},instanceAngles:{size:1,transition:!0,bufferGroup:"text-background-instance-data",accessor:"getAngle"},instanceRects:{size:4,bufferGroup:"text-background-instance-data",accessor:"getBoundingRect"},instanceClipRect:{size:4,bufferGroup:"text-background-instance-data",accessor:"getClipRect",defaultValue:[0,0,-1,-1]},instancePixelOffsets:{size:2,transition:!0,bufferGroup:"text-background-instance-data",accessor:"getPixelOffset"},instanceFillColors:{size:4,transition:!0,type:"unorm8",accessor:"getFillColor",defaultValue:[0,0,0,255]},instanceLineColors:{size:4,transition:!0,type:"unorm8",accessor:"getLineColor",defaultValue:[0,0,0,255]},instanceLineWidths:{size:1,transition:!0,bufferGroup:"text-background-instance-data",accessor:"getLineWidth",defaultValue:1}})}updateState(t){super.updateState(t);let{changeFlags:e}=t;e.extensionsChanged&&(this.state.model?.destroy(),this.state.model=this._getModel(),this.getAttributeManager().invalidateAll())}draw({uniforms:t}){let{billboard:e,sizeScale:r,sizeUnits:n,sizeMinPixels:s,sizeMaxPixels:o,getLineWidth:a,fontSize:c}=this.props,{padding:l,borderRadius:f}=this.props;l.length<4&&(l=[l[0],l[1],l[0],l[1]]),Array.isArray(f)||(f=[f,f,f,f]);let u=this.state.model,d={billboard:e,stroked:!!a,borderRadius:f,padding:l,sizeUnits:qt[n],sizeScale:r,sizeMinPixels:s,sizeMaxPixels:o},h={fontSize:c,viewport:this.context.viewport};u.shaderInputs.setProps({textBackground:d,text:h}),u.draw(this.context.renderPass)}_getModel(){let t=[0,0,1,0,0,1,1,1];return new ne(this.context.device,{...this.getShaders(),id:this.props.id,bufferLayout:this.getAttributeManager().getBufferLayouts(),geometry:new Le({topology:"triangle-strip",vertexCount:4,attributes:{positions:{size:2,value:new Float32Array(t)}}}),isInstanced:!0})}};dl.defaultProps=oR;dl.layerName="TextBackgroundLayer";var OP=dl;var BP={start:1,middle:0,end:-1},RP={top:1,center:0,bottom:-1},Gg=[0,0,0,255],aR=1,cR={billboard:!0,sizeScale:1,sizeUnits:"pixels",sizeMinPixels:0,sizeMaxPixels:Number.MAX_SAFE_INTEGER,background:!1,getBackgroundColor:{type:"accessor",value:[255,255,255,255]},getBorderColor:{type:"accessor",value:Gg},getBorderWidth:{type:"accessor",value:0},backgroundBorderRadius:{type:"object",value:0},backgroundPadding:{type:"array",value:[0,0,0,0]},characterSet:{type:"object",value:ts.characterSet},fontFamily:ts.fontFamily,fontWeight:ts.fontWeight,lineHeight:aR,outlineWidth:{type:"number",value:0,min:0},outlineColor:{type:"color",value:Gg},fontSettings:{type:"object",value:{},compare:1},wordBreak:"break-word",maxWidth:{type:"number",value:-1},contentCutoffPixels:{type:"array",value:[0,0]},contentAlignHorizontal:"none",contentAlignVertical:"none",getText:{type:"accessor",value:i=>i.text},getPosition:{type:"accessor",value:i=>i.position},getColor:{type:"accessor",value:Gg},getSize:{type:"accessor",value:32},getAngle:{type:"accessor",value:0},getTextAnchor:{type:"accessor",value:"middle"},getAlignmentBaseline:{type:"accessor",value:"center"},getPixelOffset:{type:"accessor",value:[0,0]},getContentBox:{type:"accessor",value:[0,0,-1,-1]},backgroundColor:{deprecatedFor:["background","getBackgroundColor"]}},hl=class extends Kn{constructor(){super(...arguments),this.getBoundingRect=(t,e)=>{let{size:[r,n]}=this.transformParagraph(t,e),{getTextAnchor:s,getAlignmentBaseline:o}=this.props,a=BP[typeof s=="function"?s(t,e):s],c=RP[typeof o=="function"?o(t,e):o];return[(a-1)*r/2,(c-1)*n/2,r,n]},this.getIconOffsets=(t,e)=>{let{getTextAnchor:r,getAlignmentBaseline:n}=this.props,{x:s,y:o,rowWidth:a,size:[,c]}=this.transformParagraph(t,e),l=BP[typeof r=="function"?r(t,e):r],f=RP[typeof n=="function"?n(t,e):n],u=s.length,d=new Array(u*2),h=0;for(let p=0;p<u;p++)d[h++]=(l-1)*a[p]/2+s[p],d[h++]=(f-1)*c/2+o[p];return d}}initializeState(){this.state={styleVersion:0,fontAtlasManager:new ul},this.props.maxWidth>0&&R.once(1,"v8.9 breaking change: TextLayer maxWidth is now relative to text size")()}updateState(t){let{props:e,oldProps:r,changeFlags:n}=t;(n.dataChanged||n.updateTriggersChanged&&(n.updateTriggersChanged.all||n.updateTriggersChanged.getText))&&this._updateText(),(this._updateFontAtlas()||e.lineHeight!==r.lineHeight||e.wordBreak!==r.wordBreak||e.maxWidth!==r.maxWidth)&&this.setState({styleVersion:this.state.styleVersion+1})}getPickingInfo({info:t}){return t.object=t.index>=0?this.props.data[t.index]:null,t}_updateFontAtlas(){let{fontSettings:t,fontFamily:e,fontWeight:r,_getFontRenderer:n}=this.props,{fontAtlasManager:s,characterSet:o}=this.state,a={...t,characterSet:o,fontFamily:e,fontWeight:r,_getFontRenderer:n};if(!s.mapping)return s.setProps(a),!0;for(let c in a)if(a[c]!==s.props[c])return s.setProps(a),!0;return!1}_updateText(){let{data:t,characterSet:e}=this.props,r=t.attributes?.getText,{getText:n}=this.props,s=t.startIndices,o,a=e==="auto"&&new Set;if(r&&s){let{texts:c,characterCount:l}=xP({...ArrayBuffer.isView(r)?{value:r}:r,length:t.length,startIndices:s,characterSet:a});o=l,n=(f,{index:u})=>c[u]}else{let{iterable:c,objectInfo:l}=Ye(t);s=[0],o=0;for(let f of c){l.index++;let u=Array.from(n(f,l)||"");a&&u.forEach(a.add,a),o+=u.length,s.push(o)}}this.setState({getText:n,startIndices:s,numInstances:o,characterSet:a||e})}transformParagraph(t,e){let{fontAtlasManager:r}=this.state,n=r.mapping,{baselineOffset:s}=r.atlas,{fontSize:o}=r.props,a=this.state.getText,{wordBreak:c,lineHeight:l,maxWidth:f}=this.props,u=a(t,e)||"";return _P(u,s,l*o,c,f*o,n)}renderLayers(){let{startIndices:t,numInstances:e,getText:r,fontAtlasManager:{atlas:n,mapping:s},styleVersion:o}=this.state,{data:a,_dataDiff:c,getPosition:l,getColor:f,getSize:u,getAngle:d,getPixelOffset:h,getBackgroundColor:p,getBorderColor:g,getBorderWidth:m,getContentBox:_,backgroundBorderRadius:b,backgroundPadding:v,background:x,billboard:w,fontSettings:S,outlineWidth:E,outlineColor:T,sizeScale:A,sizeUnits:P,sizeMinPixels:$,sizeMaxPixels:N,contentCutoffPixels:O,contentAlignHorizontal:K,contentAlignVertical:St,transitions:dt,updateTriggers:gt}=this.props,Ze=this.getSubLayerClass("characters",hP),Mi=this.getSubLayerClass("background",OP),{fontSize:es}=this.state.fontAtlasManager.props;return[x&&new Mi({getFillColor:p,getLineColor:g,getLineWidth:m,borderRadius:b,padding:v,getPosition:l,getSize:u,getAngle:d,getPixelOffset:h,getClipRect:_,billboard:w,sizeScale:A,sizeUnits:P,sizeMinPixels:$,sizeMaxPixels:N,fontSize:es,transitions:dt&&{getPosition:dt.getPosition,getAngle:dt.getAngle,getSize:dt.getSize,getFillColor:dt.getBackgroundColor,getLineColor:dt.getBorderColor,getLineWidth:dt.getBorderWidth,getPixelOffset:dt.getPixelOffset}},this.getSubLayerProps({id:"background",updateTriggers:{getPosition:gt.getPosition,getAngle:gt.getAngle,getSize:gt.getSize,getFillColor:gt.getBackgroundColor,getLineColor:gt.getBorderColor,getLineWidth:gt.getBorderWidth,getPixelOffset:gt.getPixelOffset,getBoundingRect:{getText:gt.getText,getTextAnchor:gt.getTextAnchor,getAlignmentBaseline:gt.getAlignmentBaseline,styleVersion:o}}}),{data:a.attributes&&a.attributes.background?{length:a.length,attributes:a.attributes.background}:a,_dataDiff:c,autoHighlight:!1,getBoundingRect:this.getBoundingRect}),new Ze({sdf:S.sdf,smoothing:Number.isFinite(S.smoothing)?S.smoothing:ts.smoothing,outlineWidth:E/(S.radius||ts.radius),outlineColor:T,iconAtlas:n,iconMapping:s,getPosition:l,getColor:f,getSize:u,getAngle:d,getPixelOffset:h,getContentBox:_,billboard:w,sizeScale:A,sizeUnits:P,sizeMinPixels:$,sizeMaxPixels:N,fontSize:es,contentCutoffPixels:O,contentAlignHorizontal:K,contentAlignVertical:St,transitions:dt&&{getPosition:dt.getPosition,getAngle:dt.getAngle,getColor:dt.getColor,getSize:dt.getSize,getPixelOffset:dt.getPixelOffset,getContentBox:dt.getContentBox}},this.getSubLayerProps({id:"characters",updateTriggers:{all:gt.getText,getPosition:gt.getPosition,getAngle:gt.getAngle,getColor:gt.getColor,getSize:gt.getSize,getPixelOffset:gt.getPixelOffset,getContentBox:gt.getContentBox,getIconOffsets:{getTextAnchor:gt.getTextAnchor,getAlignmentBaseline:gt.getAlignmentBaseline,styleVersion:o}}}),{data:a,_dataDiff:c,startIndices:t,numInstances:e,getIconOffsets:this.getIconOffsets,getIcon:r})]}static set fontAtlasCacheLimit(t){IP(t)}};hl.defaultProps=cR;hl.layerName="TextLayer";var mo=hl;var pl={circle:{type:Jn,props:{filled:"filled",stroked:"stroked",lineWidthMaxPixels:"lineWidthMaxPixels",lineWidthMinPixels:"lineWidthMinPixels",lineWidthScale:"lineWidthScale",lineWidthUnits:"lineWidthUnits",pointRadiusMaxPixels:"radiusMaxPixels",pointRadiusMinPixels:"radiusMinPixels",pointRadiusScale:"radiusScale",pointRadiusUnits:"radiusUnits",pointAntialiasing:"antialiasing",pointBillboard:"billboard",getFillColor:"getFillColor",getLineColor:"getLineColor",getLineWidth:"getLineWidth",getPointRadius:"getRadius"}},icon:{type:bd,props:{iconAtlas:"iconAtlas",iconMapping:"iconMapping",iconSizeMaxPixels:"sizeMaxPixels",iconSizeMinPixels:"sizeMinPixels",iconSizeScale:"sizeScale",iconSizeUnits:"sizeUnits",iconAlphaCutoff:"alphaCutoff",iconBillboard:"billboard",getIcon:"getIcon",getIconAngle:"getAngle",getIconColor:"getColor",getIconPixelOffset:"getPixelOffset",getIconSize:"getSize"}},text:{type:mo,props:{textSizeMaxPixels:"sizeMaxPixels",textSizeMinPixels:"sizeMinPixels",textSizeScale:"sizeScale",textSizeUnits:"sizeUnits",textBackground:"background",textBackgroundPadding:"backgroundPadding",textFontFamily:"fontFamily",textFontWeight:"fontWeight",textLineHeight:"lineHeight",textMaxWidth:"maxWidth",textOutlineColor:"outlineColor",textOutlineWidth:"outlineWidth",textWordBreak:"wordBreak",textCharacterSet:"characterSet",textBillboard:"billboard",textFontSettings:"fontSettings",getText:"getText",getTextAngle:"getAngle",getTextColor:"getColor",getTextPixelOffset:"getPixelOffset",getTextSize:"getSize",getTextAnchor:"getTextAnchor",getTextAlignmentBaseline:"getAlignmentBaseline",getTextBackgroundColor:"getBackgroundColor",getTextBorderColor:"getBorderColor",getTextBorderWidth:"getBorderWidth"}}},ml={type:Id,props:{lineWidthUnits:"widthUnits",lineWidthScale:"widthScale",lineWidthMinPixels:"widthMinPixels",lineWidthMaxPixels:"widthMaxPixels",lineJointRounded:"jointRounded",lineCapRounded:"capRounded",lineMiterLimit:"miterLimit",lineBillboard:"billboard",lineAntialiasing:"antialiasing",getLineColor:"getColor",getLineWidth:"getWidth"}},Vd={type:kd,props:{extruded:"extruded",filled:"filled",wireframe:"wireframe",elevationScale:"elevationScale",material:"material",_full3d:"_full3d",getElevation:"getElevation",getFillColor:"getFillColor",getLineColor:"getLineColor"}};function go({type:i,props:t}){let e={};for(let r in t)e[r]=i.defaultProps[t[r]];return e}function jd(i,t){let{transitions:e,updateTriggers:r}=i.props,n={updateTriggers:{},transitions:e&&{getPosition:e.geometry}};for(let s in t){let o=t[s],a=i.props[s];s.startsWith("get")&&(a=i.getSubLayerAccessor(a),n.updateTriggers[o]=r[s],e&&(n.transitions[o]=e[s])),n[o]=a}return n}function kP(i){if(Array.isArray(i))return i;switch(R.assert(i.type,"GeoJSON does not have type"),i.type){case"Feature":return[i];case"FeatureCollection":return R.assert(Array.isArray(i.features),"GeoJSON does not have features array"),i.features;default:return[{geometry:i}]}}function Hg(i,t,e={}){let r={pointFeatures:[],lineFeatures:[],polygonFeatures:[],polygonOutlineFeatures:[]},{startRow:n=0,endRow:s=i.length}=e;for(let o=n;o<s;o++){let a=i[o],{geometry:c}=a;if(c)if(c.type==="GeometryCollection"){R.assert(Array.isArray(c.geometries),"GeoJSON does not have geometries array");let{geometries:l}=c;for(let f=0;f<l.length;f++){let u=l[f];DP(u,r,t,a,o)}}else DP(c,r,t,a,o)}return r}function DP(i,t,e,r,n){let{type:s,coordinates:o}=i,{pointFeatures:a,lineFeatures:c,polygonFeatures:l,polygonOutlineFeatures:f}=t;if(!fR(s,o)){R.warn(`${s} coordinates are malformed`)();return}switch(s){case"Point":a.push(e({geometry:i},r,n));break;case"MultiPoint":o.forEach(u=>{a.push(e({geometry:{type:"Point",coordinates:u}},r,n))});break;case"LineString":c.push(e({geometry:i},r,n));break;case"MultiLineString":o.forEach(u=>{c.push(e({geometry:{type:"LineString",coordinates:u}},r,n))});break;case"Polygon":l.push(e({geometry:i},r,n)),o.forEach(u=>{f.push(e({geometry:{type:"LineString",coordinates:u}},r,n))});break;case"MultiPolygon":o.forEach(u=>{l.push(e({geometry:{type:"Polygon",coordinates:u}},r,n)),u.forEach(d=>{f.push(e({geometry:{type:"LineString",coordinates:d}},r,n))})});break;default:}}var lR={Point:1,MultiPoint:2,LineString:2,MultiLineString:3,Polygon:3,MultiPolygon:4};function fR(i,t){let e=lR[i];for(R.assert(e,`Unknown GeoJSON type ${i}`);t&&--e>0;)t=t[0];return t&&Number.isFinite(t[0])}function FP(){return{points:{},lines:{},polygons:{},polygonsOutline:{}}}function Wd(i){return i.geometry.coordinates}function NP(i,t){let e=FP(),{pointFeatures:r,lineFeatures:n,polygonFeatures:s,polygonOutlineFeatures:o}=i;return e.points.data=r,e.points._dataDiff=t.pointFeatures&&(()=>t.pointFeatures),e.points.getPosition=Wd,e.lines.data=n,e.lines._dataDiff=t.lineFeatures&&(()=>t.lineFeatures),e.lines.getPath=Wd,e.polygons.data=s,e.polygons._dataDiff=t.polygonFeatures&&(()=>t.polygonFeatures),e.polygons.getPolygon=Wd,e.polygonsOutline.data=o,e.polygonsOutline._dataDiff=t.polygonOutlineFeatures&&(()=>t.polygonOutlineFeatures),e.polygonsOutline.getPath=Wd,e}function UP(i){let t=FP(),{points:e,lines:r,polygons:n}=i,s=aP(i);t.points.data={length:e.positions.value.length/e.positions.size,attributes:{...e.attributes,getPosition:e.positions,rowIndexes:{size:1,type:"uint32",value:s.points}},properties:e.properties,numericProps:e.numericProps,featureIds:e.featureIds},t.lines.data={length:r.pathIndices.value.length-1,startIndices:r.pathIndices.value,attributes:{...r.attributes,getPath:r.positions,rowIndexes:{size:1,type:"uint32",value:s.lines}},properties:r.properties,numericProps:r.numericProps,featureIds:r.featureIds},t.lines._pathType="open";let o=n.positions.value.length/n.positions.size,a=Array(o).fill(1);for(let c of n.primitivePolygonIndices.value)a[c-1]=0;return t.polygons.data={length:n.polygonIndices.value.length-1,startIndices:n.polygonIndices.value,attributes:{...n.attributes,getPolygon:n.positions,instanceVertexValid:{size:1,value:new Uint16Array(a)},rowIndexes:{size:1,type:"uint32",value:s.polygons}},properties:n.properties,numericProps:n.numericProps,featureIds:n.featureIds},t.polygons._normalize=!1,n.triangles&&(t.polygons.data.attributes.indices=n.triangles.value),t.polygonsOutline.data={length:n.primitivePolygonIndices.value.length-1,startIndices:n.primitivePolygonIndices.value,attributes:{...n.attributes,getPath:n.positions,rowIndexes:{size:1,type:"uint32",value:s.polygons}},properties:n.properties,numericProps:n.numericProps,featureIds:n.featureIds},t.polygonsOutline._pathType="open",t}var uR=["points","linestrings","polygons"],dR={...go(pl.circle),...go(pl.icon),...go(pl.text),...go(ml),...go(Vd),stroked:!0,filled:!0,extruded:!1,wireframe:!1,_full3d:!1,iconAtlas:{type:"object",value:null},iconMapping:{type:"object",value:{}},getIcon:{type:"accessor",value:i=>i.properties.icon},getText:{type:"accessor",value:i=>i.properties.text},pointType:"circle",getRadius:{deprecatedFor:"getPointRadius"}},gl=class extends Kn{initializeState(){this.state={layerProps:{},features:{},featuresDiff:{}}}updateState({props:t,changeFlags:e}){if(!e.dataChanged)return;let{data:r}=this.props,n=r&&"points"in r&&"polygons"in r&&"lines"in r;this.setState({binary:n}),n?this._updateStateBinary({props:t,changeFlags:e}):this._updateStateJSON({props:t,changeFlags:e})}_updateStateBinary({props:t,changeFlags:e}){let r=UP(t.data);this.setState({layerProps:r})}_updateStateJSON({props:t,changeFlags:e}){let r=kP(t.data),n=this.getSubLayerRow.bind(this),s={},o={};if(Array.isArray(e.dataChanged)){let c=this.state.features;for(let l in c)s[l]=c[l].slice(),o[l]=[];for(let l of e.dataChanged){let f=Hg(r,n,l);for(let u in c)o[u].push(Fd({data:s[u],getIndex:d=>d.__source.index,dataRange:l,replace:f[u]}))}}else s=Hg(r,n);let a=NP(s,o);this.setState({features:s,featuresDiff:o,layerProps:a})}getPickingInfo(t){let e=super.getPickingInfo(t),{index:r,sourceLayer:n}=e;return e.featureType=uR.find(s=>n.id.startsWith(`${this.id}-${s}-`)),r>=0&&n.id.startsWith(`${this.id}-points-text`)&&this.state.binary&&(e.index=this.props.data.points.globalFeatureIds.value[r]),e}_updateAutoHighlight(t){let e=`${this.id}-points-`,r=t.featureType==="points";for(let n of this.getSubLayers())n.id.startsWith(e)===r&&n.updateAutoHighlight(t)}_renderPolygonLayer(){let{extruded:t,wireframe:e}=this.props,{layerProps:r}=this.state,n="polygons-fill",s=this.shouldRenderSubLayer(n,r.polygons?.data)&&this.getSubLayerClass(n,Vd.type);if(s){let o=jd(this,Vd.props),a=t&&e;return a||delete o.getLineColor,o.updateTriggers.lineColors=a,new s(o,this.getSubLayerProps({id:n,updateTriggers:o.updateTriggers}),r.polygons)}return null}_renderLineLayers(){let{extruded:t,stroked:e}=this.props,{layerProps:r}=this.state,n="polygons-stroke",s="linestrings",o=!t&&e&&this.shouldRenderSubLayer(n,r.polygonsOutline?.data)&&this.getSubLayerClass(n,ml.type),a=this.shouldRenderSubLayer(s,r.lines?.data)&&this.getSubLayerClass(s,ml.type);if(o||a){let c=jd(this,ml.props);return[o&&new o(c,this.getSubLayerProps({id:n,updateTriggers:c.updateTriggers}),r.polygonsOutline),a&&new a(c,this.getSubLayerProps({id:s,updateTriggers:c.updateTriggers}),r.lines)]}return null}_renderPointLayers(){let{pointType:t}=this.props,{layerProps:e,binary:r}=this.state,{highlightedObjectIndex:n}=this.props;!r&&Number.isFinite(n)&&(n=e.points.data.findIndex(a=>a.__source.index===n));let s=new Set(t.split("+")),o=[];for(let a of s){let c=`points-${a}`,l=pl[a],f=l&&this.shouldRenderSubLayer(c,e.points?.data)&&this.getSubLayerClass(c,l.type);if(f){let u=jd(this,l.props),d=e.points;if(a==="text"&&r){let{rowIndexes:h,...p}=d.data.attributes;d={...d,data:{...d.data,attributes:p}}}o.push(new f(u,this.getSubLayerProps({id:c,updateTriggers:u.updateTriggers,highlightedObjectIndex:n}),d))}}return o}renderLayers(){let{extruded:t}=this.props,e=this._renderPolygonLayer(),r=this._renderLineLayers(),n=this._renderPointLayers();return[!t&&e,r,n,t&&e]}getSubLayerAccessor(t){let{binary:e}=this.state;return!e||typeof t!="function"?super.getSubLayerAccessor(t):(r,n)=>{let{data:s,index:o}=n,a=oP(s,o);return t(a,n)}}};gl.layerName="GeoJsonLayer";gl.defaultProps=dR;var Gd=gl;var zP=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],hR=864e5;function jP(i){return new Date(i*hR)}function tr(i){return jP(i).toISOString().slice(0,10)}function VP(i,t){let e=jP(i),r=e.getUTCFullYear();return t>=2?`${r}`:t===1?`${zP[e.getUTCMonth()]} ${r}`:`${e.getUTCDate()} ${zP[e.getUTCMonth()]} ${r}`}function pR(i,t,e){let r=e&3,n=e>>2&3,s=r===3?"\u2026":VP(i,r);if(e&K_.open_end)return`${s} \u2013 \u2026 (end not given)`;if(n===3)return s;let o=`${s} \u2013 ${VP(t,n)}`;return r===3?`${o} (start not given)`:o}function mR(i){return`\xB1${Number((i/1e3).toPrecision(6))} km`}function gR(i,t,e){return`Place: ${e===null||Number.isNaN(e)?"":`${mR(e)}, `}${i[String(t)]??""}`}function WP(i,t){let e=i.header,r=[];i.titles&&r.push(i.titles[t]),r.push(pR(i.t[2*t],i.t[2*t+1],i.date_precision[t]));let n=e.categories[i.category[t]],s=e.statuses[i.status[t]],o=i.flags[t]&Sa.contested&&s!=="contested"&&s!=="denied";r.push(`${n.label} \xB7 ${s}`+(o?" \xB7 contested":""));let a=i.site[t],c=a>=0&&!(i.flags[t]&Sa.own_coordinates)?e.sites[a].name:`${i.xy[2*t+1].toFixed(4)}, ${i.xy[2*t].toFixed(4)}`,l=e.areas[i.area[t]];return r.push(l?`${c} (${l})`:c),r.push(gR(e.precision_labels,i.geo_precision[t],i.precision_m[t])),i.titles||r.push("Click for the title and what the sources say"),r.join(`
`)}function Hd(i,t){return`${i.toLocaleString("en-US")} ${t}${i===1?"":"s"}`}var GP=160,yR=350;function vR(i,t,e){let r=i[1]-i[0];if(r>=e[1]-e[0])return[e[0],e[1]];let n=Math.min(Math.max(i[0]+Math.round(t),e[0]),e[1]-r);return[n,n+r]}var $d=class{constructor(t,e){this.onLive=t;this.onCommit=e;this.root=document.createElement("div"),this.root.className="brush",this.canvas=document.createElement("canvas"),this.canvas.className="brush-histogram",this.canvas.setAttribute("aria-hidden","true"),this.band=document.createElement("div"),this.band.className="brush-band",this.band.title="Drag to move the window",this.band.addEventListener("pointerdown",s=>this.moveBand(s)),this.lo=this.input("Window start"),this.hi=this.input("Window end");let r=document.createElement("div");r.className="brush-labels",this.loLabel=document.createElement("span"),this.windowLabel=document.createElement("span"),this.windowLabel.className="brush-window",this.hiLabel=document.createElement("span"),r.append(this.loLabel,this.windowLabel,this.hiLabel);let n=document.createElement("div");n.className="brush-track",n.append(this.canvas,this.band,this.lo,this.hi),this.root.append(n,r)}onLive;onCommit;root;canvas;band;lo;hi;loLabel;windowLabel;hiLabel;span=[0,1];counts=new Uint32Array(GP);timer=null;dragging=!1;input(t){let e=document.createElement("input");return e.type="range",e.step="1",e.setAttribute("aria-label",t),e.addEventListener("pointerdown",()=>this.dragging=!0),e.addEventListener("input",()=>{this.keepOrder(e),this.paintWindow(),this.onLive(this.window())}),e.addEventListener("change",()=>{this.dragging=!1,this.commitSoon()}),e}commitSoon(){this.timer&&clearTimeout(this.timer),this.timer=setTimeout(()=>this.onCommit(this.window()),yR)}moveBand(t){if(t.button!==0)return;t.preventDefault();let e=this.window(),r=this.band.parentElement.getBoundingClientRect(),n=(this.span[1]-this.span[0])/Math.max(1,r.width);this.dragging=!0,this.band.setPointerCapture(t.pointerId),this.band.classList.add("brush-band-moving");let s=a=>{let[c,l]=vR(e,(a.clientX-t.clientX)*n,this.span);c!==Number(this.lo.value)&&(this.lo.value=String(c),this.hi.value=String(l),this.paintWindow(),this.onLive(this.window()))},o=()=>{this.band.removeEventListener("pointermove",s),this.band.removeEventListener("pointerup",o),this.band.removeEventListener("pointercancel",o),this.band.classList.remove("brush-band-moving"),this.dragging=!1;let a=this.window();(a[0]!==e[0]||a[1]!==e[1])&&this.commitSoon()};this.band.addEventListener("pointermove",s),this.band.addEventListener("pointerup",o),this.band.addEventListener("pointercancel",o)}keepOrder(t){Number(this.lo.value)>Number(this.hi.value)&&(t===this.lo?this.hi.value=this.lo.value:this.lo.value=this.hi.value)}window(){return[Number(this.lo.value),Number(this.hi.value)]}setWindow(t,e){this.span=t;for(let r of[this.lo,this.hi])r.min=String(t[0]),r.max=String(t[1]);this.dragging||(this.lo.value=String(e[0]),this.hi.value=String(e[1])),this.paintWindow()}setCounts(t){this.counts=cy(t,this.span,GP),this.paintHistogram()}paintWindow(){let[t,e]=this.window(),r=Math.max(1,this.span[1]-this.span[0]);this.band.style.left=`${(t-this.span[0])/r*100}%`,this.band.style.width=`${(e-t)/r*100}%`,this.loLabel.textContent=tr(this.span[0]),this.hiLabel.textContent=tr(this.span[1]),this.windowLabel.textContent=`Window ${tr(t)} \u2013 ${tr(e)}`,this.lo.setAttribute("aria-valuetext",tr(t)),this.hi.setAttribute("aria-valuetext",tr(e))}paintHistogram(){let t=this.canvas,e=t.width=Math.max(1,t.clientWidth*devicePixelRatio),r=t.height=Math.max(1,t.clientHeight*devicePixelRatio),n=t.getContext("2d");if(!n)return;n.clearRect(0,0,e,r);let s=1;for(let a of this.counts)s=Math.max(s,a);n.fillStyle="#8a94a3";let o=e/this.counts.length;this.counts.forEach((a,c)=>{if(!a)return;let l=Math.max(1,Math.sqrt(a)/Math.sqrt(s)*r);n.fillRect(c*o,r-l,Math.max(1,o-.5),l)})}};var Zd="http://www.w3.org/2000/svg";var HP="1.7em";function qd(i){let t=i.length>3?i[3]/255:1;return`rgba(${i[0]},${i[1]},${i[2]},${t.toFixed(3)})`}function Yd(i,t,e,r,n){let s=document.createElementNS(Zd,"circle");return s.setAttribute("cx",String(i)),s.setAttribute("cy",String(t)),s.setAttribute("r",String(e)),s.setAttribute("fill",n?qd(r.fill):"none"),s.setAttribute("stroke",qd(r.line)),s.setAttribute("stroke-width",String(r.width)),r.dash&&s.setAttribute("stroke-dasharray","4 3"),s}function _R(i){let t=document.createElementNS(Zd,"svg");t.setAttribute("width",HP),t.setAttribute("height",HP),t.setAttribute("viewBox","0 0 22 22"),t.setAttribute("aria-hidden","true"),t.setAttribute("focusable","false");let e=22/2;if(i.shape==="square"){let r=document.createElementNS(Zd,"rect");r.setAttribute("x","3"),r.setAttribute("y","4"),r.setAttribute("width",String(16)),r.setAttribute("height",String(14)),r.setAttribute("fill",qd(i.fill)),r.setAttribute("stroke",qd(i.line)),r.setAttribute("stroke-width",String(i.width)),i.dash&&r.setAttribute("stroke-dasharray","4 3"),t.appendChild(r)}else if(i.shape==="rings")t.append(Yd(e,e,9,i,!1),Yd(e,e,5,i,!1),Yd(e,e,1.5,{...i,fill:i.line},!0));else if(t.appendChild(Yd(e,e,Math.min(i.r,e-2),i,!0)),i.text){let r=document.createElementNS(Zd,"text");r.setAttribute("x",String(e)),r.setAttribute("y",String(e)),r.setAttribute("text-anchor","middle"),r.setAttribute("dominant-baseline","central"),r.setAttribute("font-size",String(i.text_px)),r.setAttribute("font-weight","700"),r.setAttribute("fill","#ffffff"),r.setAttribute("stroke","rgba(0,0,0,0.55)"),r.setAttribute("stroke-width","2.2"),r.setAttribute("paint-order","stroke"),r.textContent=i.text,t.appendChild(r)}return t}function $P(i,t){let e=JSON.stringify(t);if(i.dataset.key!==e){i.dataset.key=e,i.replaceChildren();for(let r of t){let n=document.createElement("div");n.className="dashmap-legend-group";let s=document.createElement("div");s.className="dashmap-legend-title",s.textContent=r.title;let o=document.createElement("ul");o.setAttribute("aria-label",r.title);for(let a of r.items){let c=document.createElement("li"),l=document.createElement("span");l.textContent=a.label,c.append(_R(a.swatch),l),o.appendChild(c)}n.append(s,o),i.appendChild(n)}}}function ZP(i){let t=[],e=i?.features??[];for(let r of e)r.geometry&&qP(r.geometry,t);return $g(t)}function qP(i,t){let e=i.coordinates;if(i.type==="LineString")t.push(e);else if(i.type==="MultiLineString"||i.type==="Polygon")t.push(...e);else if(i.type==="MultiPolygon")for(let r of e)t.push(...r);else if(i.type==="GeometryCollection")for(let r of i.geometries)qP(r,t)}function $g(i){let t=0;for(let s of i)t+=Math.max(0,s.length-1);let e=new Float32Array(2*t),r=new Float32Array(2*t),n=0;for(let s of i)for(let o=1;o<s.length;o++,n+=2)e[n]=s[o-1][0],e[n+1]=s[o-1][1],r[n]=s[o][0],r[n+1]=s[o][1];return{length:t,attributes:{getSourcePosition:{value:e,size:2},getTargetPosition:{value:r,size:2}}}}var Xd=512;function YP(i){let t=Math.max(-85.05,Math.min(85.05,i[1]))*Math.PI/180;return[(i[0]+180)/360*Xd,(Math.PI-Math.log(Math.tan(Math.PI/4+t/2)))/(2*Math.PI)*Xd]}function xR(i,t){let e=2*Math.atan(Math.exp(Math.PI-2*Math.PI*t/Xd))-Math.PI/2;return[i/Xd*360-180,e*180/Math.PI]}function XP(i,t,e,r){let n=[],s=2**t;for(let o=1;o<i.length;o++){if(r<=0||e<=0){n.push([i[o-1],i[o]]);continue}let a=YP(i[o-1]),c=YP(i[o]),l=Math.hypot(c[0]-a[0],c[1]-a[1])*s;if(l===0)continue;let f=Math.max(1,Math.round(l/(e+r))),u=l/f,d=p=>{let g=Math.max(0,Math.min(1,p/l));return xR(a[0]+(c[0]-a[0])*g,a[1]+(c[1]-a[1])*g)},h=0;for(let p=0;p<=f;p++){let g=Math.max(h,p*u-e/2),m=Math.min(l,p*u+e/2);m>g&&n.push([d(g),d(m)]),h=Math.max(h,m)}}return n}var Kd=null,KP=!1;function bR(i){for(let t of i){let e=document.querySelector(t);if(e&&(!e.hasAttribute("tabindex")&&e.tabIndex<0&&(e.tabIndex=-1),e.scrollIntoView({block:"start"}),e.focus({preventScroll:!0}),document.activeElement===e))return!0}return!1}function wR(i){let t=i.target?.closest?.("a[href]");!Kd||!t||t.getAttribute("href")!==Kd.href||bR(Kd.targets)&&i.preventDefault()}function JP(i){Kd=i,i&&!KP&&(document.addEventListener("click",wR,!0),KP=!0)}function yl(i,t=""){let e=document.createElement("p");return e.textContent=i,t&&(e.className=t),e}function SR(i,t){return i.furniture.map(e=>{let r=document.createElement("div");r.className=`dashmap-${e.kind}`,r.setAttribute("aria-hidden","true");let[n,s,o,a]=e.box;r.style.left=`${n/t.width*100}%`,r.style.top=`${s/t.height*100}%`,r.style.width=`${(e.kind==="scale-bar"?e.length:o-n)/t.width*100}%`,r.style.height=`${(a-s)/t.height*100}%`;let c=document.createElement("span");return c.textContent=e.label,r.appendChild(c),r})}function QP(i,t,e){let r=document.createElement("header");r.className="dashmap-head",r.hidden=!0;let n=document.createElement("footer");n.className="dashmap-foot",n.hidden=!0;let s=document.createElement("button");s.type="button",s.className="dashmap-exit",s.textContent="Exit presentation (Esc)",s.setAttribute("aria-keyshortcuts","Escape"),s.hidden=!0,s.addEventListener("click",e);let o=[],a="",c=null,l=u=>{u.key==="Escape"&&i.classList.contains("dashmap-present")&&e()},f=()=>{i.classList.contains("dashmap-present")&&(i.classList.add("dashmap-pointer"),c&&clearTimeout(c),c=setTimeout(()=>i.classList.remove("dashmap-pointer"),2500))};return document.addEventListener("keydown",l),document.addEventListener("pointermove",f),{head:r,foot:n,exit:s,update(u,d){let h=u!==null;if(i.classList.toggle("dashmap-present",h),r.hidden=n.hidden=s.hidden=!h,t.style.aspectRatio=h?`${d.width} / ${d.height}`:"",!u){o.forEach(b=>b.remove()),o=[],a="";return}let p=JSON.stringify([u,d]);if(p===a)return;a=p;let g=document.createElement("h1");g.textContent=u.title;let m=`${u.window} \xB7 ${u.filters}`;if(u.caption){let b=yl(u.caption,"dashmap-caption");r.replaceChildren(g,b,yl(`${u.counts} \xB7 ${m}`,"dashmap-filters"))}else r.replaceChildren(g,yl(u.counts),yl(m,"dashmap-filters"));let _=[u.selected,u.note,u.sources,u.attribution].filter(b=>!!b);n.replaceChildren(..._.map((b,v)=>yl(b,v===0&&u.selected?"dashmap-selected":""))),o.forEach(b=>b.remove()),o=SR(u,d),t.append(...o)},destroy(){c&&clearTimeout(c),document.removeEventListener("keydown",l),document.removeEventListener("pointermove",f)}}}var PR=new zc({configuration:{classes:{MapView:so,GeoJsonLayer:Gd,LineLayer:Hc,PolygonLayer:Nd,ScatterplotLayer:Jn,TextLayer:mo,DataFilterExtension:Ig}}}),jnt=new Set([$t.events,$t.events_faded,$t.uncertainty]),ER=450,IR=150,TR=4,AR=3e3,MR=40,Jd=class{constructor(t,e,r,n){this.sources=e;this.setState=r;this.setTrigger=n;this.root=document.createElement("div"),this.root.className="dashmap",this.legend=document.createElement("section"),this.legend.className="dashmap-legend",this.legend.setAttribute("aria-label","Map legend"),this.canvasHolder=document.createElement("div"),this.canvasHolder.className="dashmap-canvas",this.canvasHolder.setAttribute("role","application"),this.canvasHolder.setAttribute("aria-label","Map of events. Drag to pan, scroll or +/- to zoom; the event list below selects events by keyboard."),this.note=document.createElement("div"),this.note.className="dashmap-note",this.note.setAttribute("role","status"),this.tip=document.createElement("div"),this.tip.className="dashmap-tooltip",this.tip.hidden=!0,this.canvasHolder.append(this.note,this.tip),this.brush=new $d(s=>this.onWindowLive(s),s=>this.onWindowCommit(s)),this.slide=QP(this.root,this.canvasHolder,()=>this.setTrigger("exit",!0)),this.root.append(this.slide.head,this.canvasHolder,this.brush.root,this.legend,this.slide.foot,this.slide.exit),t.appendChild(this.root),this.deck=new og({parent:this.canvasHolder,views:new so({repeat:!1}),width:this.canvasHolder.clientWidth||600,height:this.canvasHolder.clientHeight||560,controller:{doubleClickZoom:!0,keyboard:!0},viewState:this.viewState,layers:[],useDevicePixels:!0,deviceProps:{_initializeFeatures:!1},onViewStateChange:({viewState:s,interactionState:o})=>{let a=o;a&&Object.values(a).some(Boolean)&&(this.userMoved=!0,this.retirePicture());let c=s;return this.viewState=this.spec?.slide?c:this.clamped(c),this.tip.hidden=!0,this.deck.setProps({viewState:this.viewState}),this.placePicture(),this.scheduleViewReport(),this.render(),this.viewState},onInteractionStateChange:s=>{this.interacting=!!(s.isDragging||s.isPanning||s.isZooming||s.isRotating||s.inTransition),this.scheduleViewReport()},onHover:s=>this.showTooltip(s),getCursor:({isHovering:s})=>s?"pointer":"grab",onAfterRender:()=>this.afterRender(),onDeviceInitialized:s=>{this.gl=s.gl??null},onResize:()=>this.render()}),this.watchClicks(),this.watchSize(),this.root.dataset.mountedAt=String(Math.round(performance.now())),this.takePicture(t)}sources;setState;setTrigger;root;canvasHolder;note;legend;slide;tip;brush;deck;spec=null;specJson="";templates=[];keptAreaLines=null;placeholders=new Map;binary=null;viewState={latitude:0,longitude:0,zoom:1};view={latitude:0,longitude:0,zoom:1};appliedSeq=-1;appliedSlide=null;zoomOffset=0;userMoved=!1;reportTimer=null;interacting=!1;size=[0,0];reportedFrame="";resizeObserver=null;window=[0,0];frame=0;aggregated=!1;selectedIndex=null;picture=null;gl=null;takePicture(t){let e=my(t);e&&(this.picture=e.img,this.canvasHolder.appendChild(e.img),e.shownAt&&(this.root.dataset.shownAt=e.shownAt),e.img.complete&&this.markShown(),e.img.addEventListener("load",()=>{this.markShown(),this.placePicture()},{once:!0}))}markShown(){this.root.dataset.shownAt||(this.root.dataset.shownAt=String(Math.round(performance.now())))}placePicture(){let[t,e]=this.size;this.picture&&t>1&&e>1&&py(this.picture,this.viewState,t,e)}retirePicture(){this.picture&&(this.picture.remove(),this.picture=null,this.root.dataset.pictureGoneAt=String(Math.round(performance.now())))}watchClicks(){let t=null;this.canvasHolder.addEventListener("pointerdown",e=>{t=[e.clientX,e.clientY]}),this.canvasHolder.addEventListener("click",e=>{if(!t||Math.hypot(e.clientX-t[0],e.clientY-t[1])>TR||!(e.target instanceof HTMLCanvasElement))return;let n=e.target.getBoundingClientRect(),s=e.clientX-n.left,o=e.clientY-n.top;this.onClick(this.deck.pickObject({x:s,y:o,radius:this.deck.props.pickingRadius}))})}watchSize(){let t=null,e=()=>{let r=this.canvasHolder.clientWidth,n=this.canvasHolder.clientHeight;r>1&&n>1&&(r!==this.size[0]||n!==this.size[1])&&(this.size=[r,n],this.deck.setProps({width:r,height:n}),this.drawView(),this.reportFrame(),this.render())};this.resizeObserver=new ResizeObserver(()=>{t&&clearTimeout(t),t=setTimeout(e,IR)}),this.resizeObserver.observe(this.canvasHolder)}reportFrame(){let t=this.spec,[e,r]=this.size;if(!t||t.slide||e<2||r<2)return;let n=this.viewState,s={width:e,height:r,latitude:yo(n.latitude,6),longitude:yo(n.longitude,6),zoom:yo(n.zoom,4),view:this.view},o=JSON.stringify(s);o!==this.reportedFrame&&(this.reportedFrame=o,this.setState("frame",s))}afterRender(){let t=this.spec&&this.sources.reference(this.spec.reference);if(this.root.dataset.drawnAt||!this.binary||!t||!this.bounds())return;(this.deck.props.layers.some(r=>r&&r.id===$t.events)||this.aggregated)&&(this.root.dataset.drawnAt=String(Math.round(performance.now())),this.root.dataset.drawn="true",gy(this.gl,()=>{this.markShown(),this.retirePicture()}))}destroy(){this.reportTimer&&clearTimeout(this.reportTimer),this.resizeObserver?.disconnect(),this.slide.destroy(),this.deck.finalize(),this.root.remove()}update(t){if(t){this.convert(t),this.spec=t,this.picture&&this.picture.dataset.key!==hy(t)&&this.retirePicture(),this.root.dataset.specs=String(Number(this.root.dataset.specs??0)+1),this.slide.update(t.slide,t.frame),JP(t.skip),$P(this.legend,t.legend),this.brush.dragging||(this.window=[t.window[0],t.window[1]]),this.brush.setWindow([t.span[0],t.span[1]],this.window),this.brush.root.hidden=t.slide!==null;let e=t.slide!==null;(t.view.seq!==this.appliedSeq||e!==this.appliedSlide)&&(this.appliedSeq=t.view.seq,this.appliedSlide=e,this.view={latitude:t.view.latitude,longitude:t.view.longitude,zoom:t.view.zoom},this.userMoved=!1,this.drawView());let r=t.selection?.index??null;r!==this.selectedIndex&&(this.selectedIndex=r,this.drawView()),this.reportFrame()}this.refreshBinary(),this.render()}convert(t){let e=JSON.stringify(t.deck);if(e===this.specJson)return;this.specJson=e,this.placeholders.clear();let r=t.deck.layers.map(s=>{let{data:o,...a}=s;return typeof o=="string"&&o.startsWith(mp)?(this.placeholders.set(String(s.id),o.slice(mp.length)),a):s}),n=PR.convert({...t.deck,layers:r});this.templates=(n.layers??[]).filter(Boolean)}drawView(){let t=this.spec;if(!t)return;let e=this.size[0]||this.canvasHolder.clientWidth;this.zoomOffset=this.wantedZoomOffset(e);let r=t.deck.initialViewState??{},n={...this.view,zoom:this.view.zoom+this.zoomOffset};this.viewState={...t.slide?n:this.revealed(this.clamped(n),t),maxZoom:(r.maxZoom??20)+this.zoomOffset},this.deck.setProps({viewState:this.viewState}),this.placePicture()}revealed(t,e){let r=e.selection?.position,[n,s]=this.size;if(!r||n<2||s<2)return t;let o=new Dr({...t,width:n,height:s}),[a,c]=o.project([r[0],r[1]]),l=Math.min(MR,n/4,s/4),f=a<l?a-l:a>n-l?a-(n-l):0,u=c<l?c-l:c>s-l?c-(s-l):0;if(!f&&!u)return t;let[d,h]=o.unproject([n/2+f,s/2+u]);return this.clamped({...t,longitude:d,latitude:h})}clamped(t){let e=this.spec?.extent,r=this.size[0]||this.canvasHolder.clientWidth,n=this.size[1]||this.canvasHolder.clientHeight;return!e||r<2||n<2?t:fy(t,r,n,e)}scale(){let t=this.spec,e=this.size[0]||this.canvasHolder.clientWidth;return t?.slide&&e>1?e/t.frame.width:1}wantedZoomOffset(t){let e=this.spec;return e?.slide&&t>1?Math.log2(t/e.frame.width):0}refreshBinary(){let t=this.spec;if(!t)return;let e=this.sources.events(t.events);if(!e)return;let r=t.mask?this.sources.mask(t.mask):null;if(t.mask&&!r)return;let n=t.letters?this.sources.letters(t.letters):null,s=this.binary,o=s!==null&&s.events===e;if(o&&s.maskVersion===t.mask&&s.lettersVersion===t.letters)return;let a=o&&s.maskVersion===t.mask?s.filter:iy(e.t,r??null),c=n?t0(e,n):o?s.lettered:new Uint8Array(e.n);this.binary={events:e,maskVersion:t.mask,lettersVersion:n?t.letters:o?s.lettersVersion:null,filter:a,lettered:c,attributes:CR(e,a,c)},this.brush.setCounts(a)}onWindowLive(t){this.window=t,this.render()}onWindowCommit(t){this.window=t,this.setState("window",{start:tr(t[0]),end:tr(t[1])})}scheduleViewReport(){this.reportTimer&&clearTimeout(this.reportTimer),this.reportTimer=setTimeout(()=>{this.interacting?this.scheduleViewReport():this.reportView()},ER)}reportView(){if(!this.userMoved)return;this.userMoved=!1;let t=this.viewState,e={latitude:yo(t.latitude,4),longitude:yo(t.longitude,4),zoom:yo(t.zoom-this.zoomOffset,2)};this.viewState={...t,...e,zoom:e.zoom+this.zoomOffset},this.deck.setProps({viewState:this.viewState}),this.view=e,this.setState("view",e),this.reportFrame()}bounds(){let t=this.deck.isInitialized?this.deck.getViewports()[0]:void 0;if(!t||t.width<2||t.height<2)return null;let[e,r,n,s]=t.getBounds();return{west:e,south:r,east:n,north:s}}render(){this.frame||(this.frame=requestAnimationFrame(()=>{this.frame=0,this.draw()}))}draw(){let t=this.spec;if(!t)return;this.root.dataset.frames=String(Number(this.root.dataset.frames??0)+1);let e=this.viewState;this.root.dataset.view=`${e.latitude},${e.longitude},${e.zoom-this.zoomOffset}`;let r=this.sources.reference(t.reference),n=this.binary,s=this.bounds(),o=0,a=[];if(n&&!s&&this.render(),n&&s&&(o=sy(n.events.xy,n.filter,this.window,t.mode,s),this.aggregated=o>t.aggregate_above,this.aggregated)){let l=ly(this.viewState.zoom);a=oy(n.events.xy,n.filter,this.window,t.mode,s,l)}this.setNote(n,r,o,s!==null);let c=[];for(let l of this.templates){let f=this.placeholders.get(l.id);if(f===void 0)c.push(l);else{let u=this.filled(l,f,t,r,n,s,a);u&&c.push(u)}}this.deck.setProps({layers:this.scaled(c)})}filled(t,e,r,n,s,o,a){if(e.startsWith(le.reference)){let f=n?.[e.slice(le.reference.length)];return f?t.clone({data:t instanceof Hc?BR(f):f}):null}if(e===le.place_dots||e===le.place_labels||e===le.country_labels)return t.clone({data:this.labels(r.labels,e)});if(!s)return null;let c=ry(this.window,r.mode);if(e===le.events){if(this.aggregated||t.id===$t.events_faded&&!c.faded)return null;let f={...s.attributes};t.id===$t.uncertainty&&(f.getRadius=f.getCircleRadius),delete f.getCircleRadius;let u=t.id===$t.events_faded?c.faded:c.active;return t.clone({data:{length:s.events.n,attributes:f},filterRange:u})}if(e===le.aggregate)return this.aggregated?t.clone({data:LR(a)}):null;if(e===le.areas)return t.clone({data:this.areas(r,s)});if(e===le.area_lines)return t.clone({data:this.areaLines(r,s,t)});if(e===le.selection_area)return t.clone({data:OR(s.events,r.selected_site)});let l=r.selection&&ny(s.filter,r.selection.index,this.window,r.mode)?r.selection:null;return e===le.selection?t.clone({data:l?[l]:[]}):this.aggregated||!o?null:t.clone({data:this.letters(e,r,s,o,l?.index??-1)})}areas(t,e){let r=new Set(ay(e.events.site,e.filter,this.window,t.mode).map(s=>s.site)),n=[];for(let s of t.areas)if(r.has(s.site))for(let o of e.events.header.sites[s.site]?.polygons??[])n.push({polygon:o,site:s.site,fill:s.fill,line:s.line,dash:s.dash,tip:s.tip});return n}areaLines(t,e,r){let n=Number(r.props.getWidth??1)*this.scale()/2,s=this.areas(t,e),o=`${this.viewState.zoom}|${n}|${s.map(l=>l.site).join(",")}`,a=this.keptAreaLines;if(a&&a.spec===t&&a.binary===e&&a.key===o)return a.data;let c=[];for(let l of s){let[f,u]=l.dash;for(let d of l.polygon)for(let[h,p]of XP(d,this.viewState.zoom,f*n,u*n))c.push({source:h,target:p,site:l.site,line:l.line,tip:l.tip})}return this.keptAreaLines={spec:t,binary:e,key:o,data:c},c}letters(t,e,r,n,s){let o=r.events,a=uy(o.xy,r.lettered,r.filter,this.window,e.mode,n,AR),c=l=>t===le.selection_letter?l===s:l===s?!1:dy(r.filter,l,this.window,e.mode)===(t===le.letters_faded);return a.filter(c).map(l=>({position:[o.xy[2*l],o.xy[2*l+1]],text:o.header.categories[o.category[l]].letter}))}labels(t,e){let r=this.scale();if(e===le.place_dots)return t.filter(s=>s.dot).map(s=>({position:s.position}));let n=e===le.place_labels?"place":"country";return t.filter(s=>s.kind===n).map(s=>({...s,offset:[s.offset[0]*r,s.offset[1]*r]}))}scaled(t){let e=this.scale();return e===1?t:t.map(r=>r instanceof mo?r.clone({sizeScale:e}):r instanceof Hc?r.clone({widthScale:e}):r instanceof Jn&&r.props.radiusUnits==="pixels"?r.clone({radiusScale:e,lineWidthScale:e}):r instanceof Jn||r instanceof Nd||r instanceof Gd?r.clone({lineWidthScale:e}):r)}setNote(t,e,r,n){let s;!t||!e||!n?s="Loading the map data\u2026":this.aggregated?s=`${Hd(r,"event")} in view, shown as counts per area: zoom in to see each event.`:s=`${Hd(r,"event")} in the visible area`,this.note.textContent!==s&&(this.note.textContent=s),this.note.dataset.inView=String(r),this.note.dataset.aggregated=String(this.aggregated)}showTooltip(t){let e=this.tooltipText(t),r=this.tip;if(!e){r.hidden=!0;return}r.textContent=e,r.hidden=!1;let n=this.canvasHolder.getBoundingClientRect(),s=Math.max(0,-n.left),o=Math.max(0,-n.top),a=Math.min(n.width,window.innerWidth-n.left),c=Math.min(n.height,window.innerHeight-n.top),l=14,f=r.offsetWidth,u=r.offsetHeight,d=t.x+l+f>a?t.x-l-f:t.x+l,h=t.y+l+u>c?t.y-l-u:t.y+l;r.style.left=`${Math.max(s+2,Math.min(d,a-f-2))}px`,r.style.top=`${Math.max(o+2,Math.min(h,c-u-2))}px`}tooltipText(t){let e=this.binary;if(!e||t.index<0||!t.layer)return null;let r=t.layer.id;if(r===$t.events||r===$t.events_faded)return WP(e.events,t.index);if(r===$t.areas||r===$t.area_lines)return t.object.tip;if(r===$t.aggregate){let n=t.object;return`${Hd(n.count,"event")} here
Click to zoom in`}return null}onClick(t){let e=this.binary,r=this.spec?.events;if(!t?.layer){this.setTrigger("pick",{kind:"none",version:r});return}let n=t.layer.id;if(e&&(n===$t.events||n===$t.events_faded)&&t.index>=0)this.setTrigger("pick",{kind:"event",index:t.index,version:r});else if(e&&(n===$t.areas||n===$t.area_lines)&&t.object)this.setTrigger("pick",{kind:"site",index:t.object.site,version:r});else if(n===$t.aggregate&&t.object){let s=t.object;this.viewState={...this.viewState,longitude:s.position[0],latitude:s.position[1],zoom:Math.min(this.viewState.maxZoom??14,this.viewState.zoom+2)},this.userMoved=!0,this.deck.setProps({viewState:this.viewState}),this.scheduleViewReport(),this.render()}}};function yo(i,t){let e=10**t;return Math.round(i*e)/e}function CR(i,t,e){let r=new Float32Array(i.n);for(let n=0;n<i.n;n++){let s=i.precision_m[n];r[n]=e[n]&&!Number.isNaN(s)?s:0}return{getPosition:{value:i.xy,size:2},getRadius:{value:i.radius,size:1},getCircleRadius:{value:r,size:1},getFillColor:{value:i.fill,size:4,normalized:!0},getLineColor:{value:i.line,size:4,normalized:!0},getLineWidth:{value:i.width,size:1},getFilterValue:{value:t,size:2}}}function LR(i){let t=1;for(let e of i)t=Math.max(t,e.count);return i.map(e=>({position:e.position,count:e.count,radius:6+22*Math.sqrt(e.count/t),label:e.count.toLocaleString("en-US")}))}function OR(i,t){let e=t===null?void 0:i.header.sites[t];return $g(e?.polygons?.flat()??[])}var t1=new WeakMap;function BR(i){let t=t1.get(i);return t||t1.set(i,t=ZP(i)),t}function e1(i){let t=new TextDecoder().decode(i.subarray(0,8));if(t!==X_)throw new Error(`not a map payload (magic ${JSON.stringify(t)})`);let e=new DataView(i.buffer,i.byteOffset+8,4).getUint32(0,!0),r=JSON.parse(new TextDecoder().decode(i.subarray(12,12+e))),n=12+e+(8-(12+e)%8)%8;return{header:r,body:i.subarray(n)}}var RR=2,th=new Map,eh=new Map,ih=new Map,rh=new Map,Zg=new Set,Yg=new WeakMap;function Qd(i,t,e){for(i.delete(t),i.set(t,e);i.size>RR;)i.delete(i.keys().next().value)}var DR={events:th,mask:eh,letters:ih,reference:rh},kR={events:i=>th.get(i),mask:i=>eh.get(i),letters:i=>ih.get(i),reference:i=>rh.get(i)};function FR(i){let{header:t,body:e}=e1(i);t.kind==="events"?th.has(t.version)||Qd(th,t.version,J_(t,e)):t.kind==="mask"?eh.has(t.version)||Qd(eh,t.version,Q_(e,t.n)):t.kind==="letters"?ih.has(t.version)||Qd(ih,t.version,e.slice()):t.kind==="reference"&&(rh.has(t.version)||Qd(rh,t.version,t.layers));for(let r of Zg)r.update()}function qnt({data:i,parentElement:t,setStateValue:e,setTriggerValue:r}){if(i instanceof Uint8Array){FR(i);return}if(i&&typeof i=="object"&&"held"in i){let{held:a,kind:c}=i;DR[c]?.has(a)||r("missing",a);return}let n=i,s=Yg.get(t);s||(s=new Jd(t,kR,(a,c)=>e(a,c),(a,c)=>r(a,c)),Yg.set(t,s),Zg.add(s)),s.update(n);let o=s;return()=>{Zg.delete(o),Yg.delete(t),o.destroy()}}export{qnt as render};
