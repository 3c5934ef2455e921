-module(bif_ets_select).
-export([main/0]).

d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, L} | _]) -> proplists:get_value(error_info, L, none);
info(_) -> none.

%% match/select with and without limits on every table type. Results of
%% hash tables come in an unspecified order: they are sorted here.
main() ->
    [run(Type) || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.

srt(ordered_set, L) -> L;
srt(_, L) -> lists:sort(L).

chunks(_, '$end_of_table') -> [];
chunks(F, {Res, Cont}) -> [Res | chunks(F, F(Cont))].

chunk_sizes(L) -> [length(X) || X <- L].

run(Type) ->
    T = ets:new(s, [Type]),
    d(Type),
    ets:insert(T, [{I, I rem 3, [I], {tag, I * 2}} || I <- lists:seq(1, 20)]),
    case Type of
        set -> ok;
        ordered_set -> ok;
        _ -> ets:insert(T, [{I, extra, [I], {tag, 0}} || I <- [2, 4, 6]])
    end,
    d(srt(Type, ets:match(T, {'$1', 0, '_', '_'}))),
    d(srt(Type, ets:match(T, {'_', '$2', ['$1'], {tag, '$3'}}))),
    d(srt(Type, ets:match_object(T, {'_', 1, '_', '_'}))),
    d(srt(Type, ets:select(T, [{{'$1', '$2', '_', '_'}, [{'>', '$1', 15}], [{{'$2', '$1'}}]}]))),
    d(srt(Type, ets:select(T, [{{'$1', '_', '_', '_'}, [{'=:=', {'rem', '$1', 5}, 0}], ['$_']},
                              {{'$1', extra, '_', '_'}, [], [{{extra, '$1'}}]}]))),
    d(e(fun() -> ets:select(T, [{{'$1', extra, '_', '_'}, [], [{extra, '$1'}]}]) end)),
    %% bound keys
    d(ets:select(T, [{{4, '$1', '_', '_'}, [], ['$1']}])),
    d(srt(Type, ets:select(T, [{{4, '_', '_', '_'}, [], ['$_']}, {{17, '_', '_', '_'}, [], ['$_']}]))),
    d(ets:match_object(T, {21, '_', '_', '_'})),
    d(ets:select_count(T, [{{'_', 0, '_', '_'}, [], [true]}])),
    d(ets:select_count(T, [{{'$1', '_', '_', '_'}, [{'<', '$1', 5}], [true]}])),
    d(ets:select_count(T, [{'_', [], [false]}])),
    %% limits and continuations
    All = ets:select(T, [{'$1', [], ['$1']}]),
    C3 = chunks(fun ets:select/1, ets:select(T, [{'$1', [], ['$1']}], 3)),
    d(chunk_sizes(C3)),
    d(lists:sort(lists:append(C3)) =:= lists:sort(All)),
    C7 = chunks(fun ets:match/1, ets:match(T, {'$1', 2, '_', '_'}, 2)),
    d({chunk_sizes(C7), srt(Type, lists:append(C7))}),
    CO = chunks(fun ets:match_object/1, ets:match_object(T, {'_', 0, '_', '_'}, 4)),
    d({chunk_sizes(CO), srt(Type, lists:append(CO))}),
    CR = chunks(fun ets:select_reverse/1,
                ets:select_reverse(T, [{{'$1', '_', '_', '_'}, [{'<', '$1', 12}], ['$1']}], 5)),
    d({chunk_sizes(CR), srt(Type, lists:append(CR))}),
    d(ets:select(T, [{{'$1', '_', '_', '_'}, [{'>', '$1', 100}], ['$1']}], 5)),
    d(ets:select(T, [{{'$1', '_', '_', '_'}, [], ['$1']}], 100) =/= '$end_of_table'),
    {Big, BigCont} = ets:select(T, [{{'$1', '_', '_', '_'}, [], ['$1']}], length(All)),
    d({length(Big), ets:select(BigCont)}),
    d(ets:select('$end_of_table')),
    d(ets:match('$end_of_table')),
    d(srt(Type, ets:select_reverse(T, [{{'$1', 1, '_', '_'}, [], ['$1']}]))),
    %% select_delete / select_replace
    d(ets:select_delete(T, [{{'$1', '_', '_', '_'}, [{'>', '$1', 17}], [true]}])),
    d(ets:info(T, size)),
    case Type of
        bag -> d(e(fun() -> ets:select_replace(T, [{{'$1', '$2', '$3', '$4'}, [], [{{'$1', '$2', '$3', new}}]}]) end));
        _ -> d(ets:select_replace(T, [{{'$1', '$2', '$3', '_'}, [{'<', '$1', 4}], [{{'$1', '$2', '$3', new}}]}])),
             d(e(fun() -> ets:select_replace(T, [{{'$1', '$2', '$3', '$4'}, [{'==', '$1', 5}], [{{changed_key, '$2', '$3', '$4'}}]}]) end)),
             d(e(fun() -> ets:select_replace(T, [{{'$1', '$2', '$3', '$4'}, [{'==', '$1', 5}], [not_a_tuple]}]) end)),
             d(e(fun() -> ets:select_replace(T, [{{'$1', '$2', '$3', '$4'}, [{'==', '$1', 6}], [{{6, '$2', '$3', six}}]}]) end)),
             d(ets:select_replace(T, [{{6, '$2', '$3', '$4'}, [], [{{6, '$2', '$3', six}}]}])),
             d(ets:select_replace(T, [{{'$1', '$2', '$3', '$4'}, [{'==', '$1', 7}], [{{{element, 1, '$_'}, '$2', '$3', seven}}]}])),
             d(ets:select_replace(T, [{{8, '$2', '$3', '$4'}, [], [{const, {8, a, b, eight}}]}])),
             d(ets:select_replace(T, [{{9, '_', '_', '_'}, [], ['$_']}])),
             d(srt(Type, ets:match_object(T, {'_', '_', '_', '_'})))
    end,
    d(srt(Type, ets:match_object(T, {'_', '_', '_', new}))),
    d(ets:select_delete(T, [{'_', [], [true]}])),
    d(ets:info(T, size)),
    d(ets:select(T, [{'_', [], ['$_']}], 1)),
    ets:delete(T).
